package org.waymark.stats;

import org.waymark.shared.InvalidInputException;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * A range of whole months, first and last included: chosen month by month, or by a quick pick relative to the
 * current month; and the range of the same length just before it, for a comparison.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public MonthRange {
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "is after to");
        }
    }

    /** How many months the range holds. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    /** The range of the same length that ends the month before this one starts. */
    public MonthRange previous() {
        return new MonthRange(from.minusMonths(months()), from.minusMonths(1));
    }

    /** The ranges a supervisor picks in one go, each relative to the current month (calendar quarters and years). */
    public enum QuickPick {
        THIS_MONTH("thisMonth"),
        LAST_MONTH("lastMonth"),
        THIS_QUARTER("thisQuarter"),
        LAST_QUARTER("lastQuarter"),
        LAST_12_MONTHS("last12Months"),
        THIS_YEAR("thisYear"),
        LAST_YEAR("lastYear"),
        LAST_3_YEARS("last3Years");

        private final String parameter;

        QuickPick(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<QuickPick> of(String parameter) {
            return Arrays.stream(values()).filter(p -> p.parameter.equals(parameter)).findFirst();
        }

        /** The range this pick means when the current month is {@code now}. */
        public MonthRange at(YearMonth now) {
            YearMonth quarter = now.minusMonths((now.getMonthValue() - 1) % 3);
            return switch (this) {
                case THIS_MONTH -> new MonthRange(now, now);
                case LAST_MONTH -> new MonthRange(now.minusMonths(1), now.minusMonths(1));
                case THIS_QUARTER -> new MonthRange(quarter, now);
                case LAST_QUARTER -> new MonthRange(quarter.minusMonths(3), quarter.minusMonths(1));
                case LAST_12_MONTHS -> new MonthRange(now.minusMonths(11), now);
                case THIS_YEAR -> new MonthRange(YearMonth.of(now.getYear(), 1), now);
                case LAST_YEAR -> new MonthRange(YearMonth.of(now.getYear() - 1, 1), YearMonth.of(now.getYear() - 1, 12));
                case LAST_3_YEARS -> new MonthRange(now.minusMonths(35), now);
            };
        }
    }
}
