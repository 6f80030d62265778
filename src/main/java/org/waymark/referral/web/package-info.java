/** HTTP endpoints of referrals: the officer's referrals, the partner's inbox, partner administration. */
package org.waymark.referral.web;
