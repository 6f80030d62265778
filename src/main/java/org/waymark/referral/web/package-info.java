/**
 * Referrals over HTTP, as API and as pages: the officer's case list and case page (refer, revoke), the partner's inbox
 * (download, acknowledge, moves), partner administration (keys).
 */
package org.waymark.referral.web;
