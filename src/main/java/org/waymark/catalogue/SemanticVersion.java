package org.waymark.catalogue;

/** major.minor.patch, ordered numerically. */
record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    static SemanticVersion parse(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a semantic version: " + text);
        }
        return new SemanticVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    static boolean isValid(String text) {
        return text.matches("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return java.util.Comparator.comparingInt(SemanticVersion::major).thenComparingInt(SemanticVersion::minor)
                .thenComparingInt(SemanticVersion::patch).compare(this, other);
    }
}
