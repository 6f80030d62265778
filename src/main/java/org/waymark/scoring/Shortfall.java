package org.waymark.scoring;

/** What one clause of the positivity rule still needs: this many more strong, medium, weak, medium-or-weak indicators. */
public record Shortfall(String clause, int strong, int medium, int weak, int mediumOrWeak) {

    public int total() {
        return strong + medium + weak + mediumOrWeak;
    }
}
