package org.waymark.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a statistics table may be broken down by, and the SQL each reads from the de-identified projections. The
 * SQL is fixed here: request values only ever pick one of these, never reach the query text.
 */
public enum Breakdown {
    PERIOD("period", null, "", true, true),
    REGION("region", "region", "", true, true),
    PLACE_TYPE("placeType", "place_type", "", true, false),
    CHECKLIST("checklist", "checklist", "", true, false),
    /** The catalogue version a screening used: 1.0.0 and 2.0.0 asked different questions. */
    CATALOGUE_VERSION("catalogueVersion", "catalogue_version", "", true, false),
    AGE_BAND("ageBand", "age_band", "", true, false),
    SEX("sex", "sex", "", true, false),
    NATIONALITY("nationality", "nationality", "", true, false),
    NATIONALITY_GROUP("nationalityGroup", "nationality_group", "", true, false),
    SECTOR("sector", "sector", "", true, false),
    RISK_LEVEL("riskLevel", "risk_level", "", true, false),
    /** Several per screening: each screening counts once under each of its outcomes. */
    OUTCOME("outcome", "o.value", " cross join lateral unnest(outcomes) as o(value)", true, false),
    /** Positive dimensions: each screening counts once under each dimension it met. */
    DIMENSION("dimension", "d.value", " cross join lateral unnest(positive_dimensions) as d(value)", true, false),
    /** Prevalence: each screening counts once under each indicator present. */
    INDICATOR("indicator", "i.value", " cross join lateral unnest(present_indicators) as i(value)", true, false),
    PARTNER_TYPE("partnerType", "partner_type", "", false, true),
    STATUS("status", "status", "", false, true),
    CLOSING_OUTCOME("closingOutcome", "coalesce(outcome, 'NOT_CLOSED')", "", false, true),
    /** What referrals led to, as partners recorded it when closing: each referral counts once under each result. */
    PARTNER_RESULT("partnerResult", "pr.value", " cross join lateral unnest(results) as pr(value)", false, true),
    /** The band of wage arrears recovered, for referrals whose partner recorded one. */
    WAGE_ARREARS("wageArrears", "coalesce(wage_arrears, 'NOT_RECORDED')", "", false, true);

    private final String parameter;
    private final String expression;
    private final String join;
    private final boolean screenings;
    private final boolean referrals;

    Breakdown(String parameter, String expression, String join, boolean screenings, boolean referrals) {
        this.parameter = parameter;
        this.expression = expression;
        this.join = join;
        this.screenings = screenings;
        this.referrals = referrals;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Breakdown> of(String parameter) {
        return Arrays.stream(values()).filter(b -> b.parameter.equals(parameter)).findFirst();
    }

    boolean appliesTo(Measure measure) {
        return measure == Measure.SCREENINGS ? screenings : referrals;
    }

    String expression(Period period) {
        return this == PERIOD ? period.expression() : expression;
    }

    String join() {
        return join;
    }

    /** How the period breakdown groups months. */
    public enum Period {
        MONTH("to_char(month, 'YYYY-MM')"), QUARTER("to_char(month, 'YYYY-\"Q\"Q')"), YEAR("to_char(month, 'YYYY')");

        private final String expression;

        Period(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }
    }

    /** What is counted: completed screenings (never training ones) or referrals. */
    public enum Measure {
        SCREENINGS("stats_screening"), REFERRALS("stats_referral");

        private final String view;

        Measure(String view) {
            this.view = view;
        }

        String view() {
            return view;
        }
    }
}
