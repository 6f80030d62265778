/** Partners, the referral lifecycle, packet assembly, the outbox and the partner inbox. */
package org.waymark.referral;
