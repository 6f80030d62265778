package org.waymark.catalogue.model;

/**
 * One clause of step 1 of the decision rule: a dimension is positive when at least this many strong,
 * medium, weak and medium-or-weak indicators are present.
 */
public record PositivityClause(String id, int strong, int medium, int weak, int mediumOrWeak) {

    public boolean isMetBy(int presentStrong, int presentMedium, int presentWeak) {
        return presentStrong >= strong && presentMedium >= medium && presentWeak >= weak
                && presentMedium + presentWeak >= medium + weak + mediumOrWeak;
    }
}
