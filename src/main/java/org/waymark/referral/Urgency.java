package org.waymark.referral;

import org.waymark.scoring.Assessment;
import org.waymark.scoring.RiskLevel;

/** How fast the partner should act, from the final assessment alone. */
public enum Urgency {
    /** An urgent flag is raised (a minor, violence, threats, confinement): act today. */
    IMMEDIATE,
    /** Trafficking or forced labour is indicated. */
    HIGH,
    ROUTINE;

    public static Urgency of(Assessment assessment) {
        if (!assessment.urgentFlags().isEmpty()) {
            return IMMEDIATE;
        }
        return assessment.riskLevel() == RiskLevel.HIGH ? HIGH : ROUTINE;
    }
}
