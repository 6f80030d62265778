package org.waymark.catalogue.model;

/**
 * One of the dimensions (elements of the Palermo definition), D1 to D6: its phase, its element, and — for a dimension
 * whose element has means — which means it stands for, when the catalogue version declares it (null otherwise).
 */
public record Dimension(String id, Phase phase, String element, Means means) {

    /** The means of the Palermo definition a dimension can stand for. */
    public enum Means { DECEPTION, COERCION, ABUSE_OF_VULNERABILITY }

    /** A dimension whose catalogue version does not say which means it stands for. */
    public Dimension(String id, Phase phase, String element) {
        this(id, phase, element, null);
    }
}
