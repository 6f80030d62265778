package org.waymark.catalogue.model;

/** One of the six dimensions (elements of the Palermo definition), D1 to D6. */
public record Dimension(String id, Phase phase, String element) {
}
