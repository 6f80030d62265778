package org.waymark.scoring;

/**
 * How worried to be, ordered. HIGH: a trafficking reading or forced labour is indicated. MEDIUM: a
 * dimension other than exploitation is positive, or a strong indicator is present. LOW: exploitation
 * only, or any indicator present. NONE: nothing present. Adding a present indicator never lowers it.
 */
public enum RiskLevel {
    NONE, LOW, MEDIUM, HIGH
}
