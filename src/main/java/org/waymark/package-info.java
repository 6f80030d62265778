/**
 * Waymark: screening and case referral for frontline officers who meet possible victims of human
 * trafficking and forced labour. Packages are business capabilities; {@code platform} runs under them.
 */
package org.waymark;
