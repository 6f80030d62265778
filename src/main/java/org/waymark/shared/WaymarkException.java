package org.waymark.shared;

/**
 * A broken rule or a refused request, with a stable code such as {@code referral.consent-missing}.
 * The message is safe to show and to log: it never carries personal data.
 */
public abstract class WaymarkException extends RuntimeException {

    private final String code;

    protected WaymarkException(String code, String safeMessage) {
        super(safeMessage, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The fields at fault and why, where the refusal is about fields; none otherwise. */
    public java.util.List<InvalidInputException.Violation> violations() {
        return java.util.List.of();
    }
}
