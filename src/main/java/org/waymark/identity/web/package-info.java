/**
 * The administrator's API and page (users, units, regions, partner organisations; administrators read no case data),
 * the sign-in page, each role's home, the language switch and sign-out, and {@link org.waymark.identity.web.Pages}:
 * what every page of every capability shares.
 */
package org.waymark.identity.web;
