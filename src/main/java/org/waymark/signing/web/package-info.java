/** The public endpoint that publishes the service's signing key. */
package org.waymark.signing.web;
