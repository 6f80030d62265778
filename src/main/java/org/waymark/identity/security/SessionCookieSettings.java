package org.waymark.identity.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** The session cookie's name ({@code micronaut.security.token.cookie.cookie-name}), read by the sign-in, renewal and sign-out. */
@ConfigurationProperties("micronaut.security.token.cookie")
record SessionCookieSettings(@Bindable(defaultValue = "waymark_session") String cookieName) {
}
