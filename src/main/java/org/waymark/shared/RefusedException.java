package org.waymark.shared;

/** The caller is known but may not do this (a form without its anti-forgery token, say). */
public final class RefusedException extends WaymarkException {

    public RefusedException(String code, String safeMessage) {
        super(code, safeMessage);
    }
}
