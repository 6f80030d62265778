package org.waymark.shared;

/**
 * What free text a person types (a reason, a purpose, a representative) may hold, for {@code @Pattern} on request
 * records: any character but the control characters, tab and line breaks excepted. A NUL cannot even be stored as
 * PostgreSQL text, and none of them belongs in what an officer or partner writes.
 */
public final class TypedText {

    public static final String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String MESSAGE = "must not contain control characters";

    private TypedText() {
    }
}
