package org.waymark.stats;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a supervisor sees: every figure rounded down to the resolution or suppressed, margins included. */
@Serdeable
public record PublishedTable(List<String> rows, List<String> columns, List<List<Figure>> cells, List<Figure> rowTotals,
                             List<Figure> columnTotals, Figure total, int k, int resolution) {

    /** The table as CSV: a header, one line per row with its total, then the column totals. */
    public String csv(String rowHeading) {
        StringBuilder out = new StringBuilder(quote(rowHeading));
        columns.forEach(c -> out.append(',').append(quote(c)));
        out.append(",total\n");
        for (int i = 0; i < rows.size(); i++) {
            out.append(quote(rows.get(i)));
            cells.get(i).forEach(f -> out.append(',').append(quote(f.display())));
            out.append(',').append(quote(rowTotals.get(i).display())).append('\n');
        }
        out.append("total");
        columnTotals.forEach(f -> out.append(',').append(quote(f.display())));
        out.append(',').append(quote(total.display())).append('\n');
        return out.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
