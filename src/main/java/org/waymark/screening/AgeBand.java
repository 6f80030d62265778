package org.waymark.screening;

/** Coarse age, kept for statistics; {@code UNDER_18} makes the child profiles apply. */
public enum AgeBand {
    UNDER_18(0, 17), AGE_18_24(18, 24), AGE_25_34(25, 34), AGE_35_49(35, 49), AGE_50_PLUS(50, Integer.MAX_VALUE), UNKNOWN(0, Integer.MAX_VALUE);

    private final int youngest;
    private final int oldest;

    AgeBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    /** Whether a person of {@code years} (full years of age) belongs in this band; any age belongs in UNKNOWN. */
    public boolean admits(int years) {
        return years >= youngest && years <= oldest;
    }
}
