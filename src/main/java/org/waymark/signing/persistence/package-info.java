/** How the service's signing keys are stored. Only signing uses these. */
package org.waymark.signing.persistence;
