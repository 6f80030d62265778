/**
 * How long personal data may stay, where the rule spans capabilities: the referral capability deletes packets and
 * reports stalled referrals by it, the screening capability decides by it when referrals stop holding a screening.
 */
package org.waymark.retention;
