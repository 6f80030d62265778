package org.waymark.catalogue.model;

/** How strongly an indicator points to trafficking within a profile (ILO/EC 2009): S, M or W. */
public enum Strength {
    STRONG("S"), MEDIUM("M"), WEAK("W");

    private final String code;

    Strength(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Strength fromCode(String code) {
        for (Strength strength : values()) {
            if (strength.code.equals(code)) {
                return strength;
            }
        }
        throw new IllegalArgumentException("not a strength code");
    }
}
