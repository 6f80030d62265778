/** The only package that imports Bouncy Castle: signing, encryption to partner keys, data keys for personal data at rest. */
package org.waymark.crypto;
