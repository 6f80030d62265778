package org.waymark.identity.security;

/**
 * Where a page may send the browser back to (after the language switch, after signing in again): only a path of this
 * site. "//host" and "/\host" are other sites to a browser, and a backslash is no URI at all.
 */
public final class ReturnPath {

    private ReturnPath() {
    }

    /** {@code candidate} when it is a path of this site, else {@code fallback}. */
    public static String orElse(String candidate, String fallback) {
        return candidate != null && candidate.length() <= 500 && candidate.matches("/(?![/\\\\])[A-Za-z0-9/_.~?=&%-]*") ? candidate : fallback;
    }
}
