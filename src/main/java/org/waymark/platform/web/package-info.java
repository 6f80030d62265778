/**
 * The HTTP edge shared by every capability: every error as {@code application/problem+json}
 * (RFC 9457) with a stable type and field errors, and a request id on every request and log line.
 * Error bodies never echo input values, so personal data cannot leak through them. For the web pages: the same
 * refusals as an HTML page, the security headers of every response, and the pages' message bundles.
 */
package org.waymark.platform.web;
