/** Run mode (demo or production) and the secrets Waymark needs, with the guard that refuses demo secrets in production. */
package org.waymark.platform.config;
