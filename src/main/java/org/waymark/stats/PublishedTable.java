package org.waymark.stats;

import io.micronaut.serde.annotation.Serdeable;
import org.waymark.shared.Csv;

import java.util.List;

/** What a supervisor sees: every figure rounded down to the resolution or suppressed, margins included. */
@Serdeable
public record PublishedTable(List<String> rows, List<String> columns, List<List<Figure>> cells, List<Figure> rowTotals,
                             List<Figure> columnTotals, Figure total, int k, int resolution) {

    /** The table as CSV: a header, one line per row with its total, then the column totals. */
    public String csv(String rowHeading) {
        Csv csv = Csv.lf().cell(rowHeading).cells(columns).words("total").endLine();
        for (int i = 0; i < rows.size(); i++) {
            csv.cell(rows.get(i)).cells(cells.get(i).stream().map(Figure::display).toList()).cell(rowTotals.get(i).display()).endLine();
        }
        return csv.words("total").cells(columnTotals.stream().map(Figure::display).toList()).cell(total.display()).endLine().toString();
    }
}
