package org.waymark.referral.web;

import io.micronaut.core.annotation.Nullable;
import org.waymark.referral.ReferralStatus;
import org.waymark.referral.ReferralView;
import org.waymark.scoring.RiskLevel;
import org.waymark.screening.ScreeningStatus;
import org.waymark.screening.ScreeningView;
import org.waymark.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters of the unit's list: the screening's state, its risk level, the state of its referrals ({@code NONE}:
 * not referred), the day it started (from, to; UTC, as the list shows it) and a search in its screening reference and
 * its referrals' case references. A bad value is named with its field and that filter is left unset.
 */
public record ScreeningListFilter(@Nullable ScreeningStatus state, @Nullable RiskLevel risk, @Nullable String referral,
                           @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String search,
                           Map<String, String> form, List<InvalidInputException.Violation> errors) {

    /** A referral state filter: one of the referral states, or not referred at all. */
    static final String NOT_REFERRED = "NONE";
    private static final int SEARCH_MAX = 40;

    static ScreeningListFilter of(Map<String, String> parameters) {
        List<InvalidInputException.Violation> errors = new ArrayList<>();
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("state", "risk", "referral", "from", "to", "q")) {
            String value = parameters.get(field);
            form.put(field, value == null ? "" : value.strip());
        }
        String referral = parse(form, "referral", errors, "must be NONE or one of " + Arrays.toString(ReferralStatus.values()),
                v -> v.equals(NOT_REFERRED) ? v : ReferralStatus.valueOf(v).name());
        LocalDate from = parse(form, "from", errors, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        LocalDate to = parse(form, "to", errors, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new InvalidInputException.Violation("to", "must not be before from"));
            to = null;
        }
        String search = form.get("q").isEmpty() ? null : form.get("q");
        if (search != null && search.length() > SEARCH_MAX) {
            errors.add(new InvalidInputException.Violation("q", "must be at most " + SEARCH_MAX + " characters"));
            search = null;
        }
        return new ScreeningListFilter(
                parse(form, "state", errors, "must be one of " + Arrays.toString(ScreeningStatus.values()), ScreeningStatus::valueOf),
                parse(form, "risk", errors, "must be one of " + Arrays.toString(RiskLevel.values()), RiskLevel::valueOf),
                referral, from, to, search == null ? null : search.toUpperCase(Locale.ROOT), form, List.copyOf(errors));
    }

    /** Whether {@code screening}, with its {@code referrals}, passes every filter that is set. */
    boolean accepts(ScreeningView.Summary screening, List<ReferralView> referrals) {
        LocalDate started = LocalDate.ofInstant(screening.createdAt(), ZoneOffset.UTC);
        return (state == null || screening.status() == state)
                && (risk == null || screening.riskLevel() == risk)
                && (referral == null || (referral.equals(NOT_REFERRED) ? referrals.isEmpty()
                        : referrals.stream().anyMatch(r -> r.status().name().equals(referral))))
                && (from == null || !started.isBefore(from))
                && (to == null || !started.isAfter(to))
                && (search == null || screening.reference().contains(search)
                        || referrals.stream().anyMatch(r -> r.caseReference().toUpperCase(Locale.ROOT).contains(search)));
    }

    /** Whether any filter is set (the page then says how many screenings it shows). */
    public boolean any() {
        return state != null || risk != null || referral != null || from != null || to != null || search != null;
    }

    private static <T> T parse(Map<String, String> form, String field, List<InvalidInputException.Violation> errors, String reason,
                               Function<String, T> parser) {
        String value = form.get(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new InvalidInputException.Violation(field, reason));
            return null;
        }
    }
}
