package org.waymark.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.shared.Csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table over a range next to the same table over the range of the same length before it, each published through
 * {@link DisclosureControl} on its own, and the change of every figure published in both. The change is worked out
 * from published figures only (rounded, never suppressed ones), so it shows nothing the two tables do not.
 */
@Serdeable
public record Comparison(String from, String to, String previousFrom, String previousTo, PublishedTable current,
                         PublishedTable previous, List<Line> lines) {

    /** The label of a margin in {@link #lines}. */
    public static final String TOTAL = "total";

    /**
     * One figure in both ranges: a cell, a margin ({@value #TOTAL}) or the grand total. A figure is null where its row
     * or column is not listed in that range (merged into OTHER there); the change is null unless both are published.
     */
    @Serdeable
    public record Line(String row, String column, @Nullable Figure current, @Nullable Figure previous, @Nullable Long change,
                       String changeDisplay) {
    }

    static Comparison of(MonthRange range, PublishedTable current, PublishedTable previous) {
        Set<String> rows = new LinkedHashSet<>(current.rows());
        rows.addAll(previous.rows());
        rows.add(TOTAL);
        Set<String> columns = new LinkedHashSet<>(current.columns());
        columns.addAll(previous.columns());
        columns.add(TOTAL);
        List<Line> lines = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                Figure now = figure(current, row, column);
                Figure before = figure(previous, row, column);
                if (now == null && before == null) {
                    continue;
                }
                Long change = now != null && before != null && !now.suppressed() && !before.suppressed() ? now.value() - before.value() : null;
                lines.add(new Line(row, column, now, before, change, changeDisplay(change, before)));
            }
        }
        MonthRange earlier = range.previous();
        return new Comparison(range.from().toString(), range.to().toString(), earlier.from().toString(), earlier.to().toString(),
                current, previous, lines);
    }

    /** The figure at (row, column) of a published table, margins included, or null where the table does not list them. */
    private static Figure figure(PublishedTable table, String row, String column) {
        int i = table.rows().indexOf(row);
        int j = table.columns().indexOf(column);
        if ((i < 0 && !TOTAL.equals(row)) || (j < 0 && !TOTAL.equals(column))) {
            return null;
        }
        if (i < 0 && j < 0) {
            return table.total();
        }
        if (i < 0) {
            return table.columnTotals().get(j);
        }
        return j < 0 ? table.rowTotals().get(i) : table.cells().get(i).get(j);
    }

    /** "+22 (+25 %)", "-11", "0", or "—" where either figure is not published. */
    private static String changeDisplay(Long change, Figure previous) {
        if (change == null) {
            return "—";
        }
        String sign = change > 0 ? "+" : "";
        if (previous.value() == 0) {
            return sign + change;
        }
        return sign + change + " (" + sign + Math.round(change * 100.0 / previous.value()) + " %)";
    }

    /** The comparison as CSV, one line per figure: its row, its column, this range, the previous range and the change. */
    public String csv(String rowHeading, String columnHeading) {
        Csv csv = Csv.lf().cell(rowHeading).cell(columnHeading).cell(from + ".." + to).cell(previousFrom + ".." + previousTo).words("change")
                .endLine();
        for (Line line : lines) {
            csv.cell(line.row()).cell(line.column()).cell(display(line.current())).cell(display(line.previous())).cell(line.changeDisplay())
                    .endLine();
        }
        return csv.toString();
    }

    private static String display(Figure figure) {
        return figure == null ? "—" : figure.display();
    }
}
