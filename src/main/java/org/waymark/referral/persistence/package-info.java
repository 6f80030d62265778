/** Storage of partners' keys and details, referrals, their events and the outbox. Only org.waymark.referral uses it. */
package org.waymark.referral.persistence;
