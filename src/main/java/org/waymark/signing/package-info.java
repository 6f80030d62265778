/**
 * The service's own signing key: made once, kept sealed under the master key, published (OpenPGP public key
 * and X.509 certificate with their fingerprints) so that partners can check where a packet comes from.
 */
package org.waymark.signing;
