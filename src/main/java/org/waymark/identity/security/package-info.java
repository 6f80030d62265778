/**
 * Sign-in (argon2id, rate-limited per account and per address), short-lived signed API tokens with an
 * audience and a revocable id, sign-out that really revokes, and the signed-in user as a value.
 */
package org.waymark.identity.security;
