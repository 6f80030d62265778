/**
 * Demo mode only: the fictional regions, units, partners, accounts, referrals and two years of statistics history a
 * demo starts with. Seeds through each capability's public services; nothing outside this package depends on it.
 */
package org.waymark.demo;
