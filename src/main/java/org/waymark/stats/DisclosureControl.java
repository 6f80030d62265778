package org.waymark.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Statistical disclosure control for two-way tables, beyond IOM CTDC's practice (k = 11, rounding to a reporting
 * resolution):
 * <ol>
 *   <li>labels are part of the disclosure: a row or column whose total is below k is not listed by name but merged
 *       into {@value #OTHER} (one Belarusian man over 50 must not appear as a row "BY" even if every figure is
 *       suppressed); time periods are exempt, as a calendar names nobody;</li>
 *   <li>primary suppression: any cell or margin below k (zero included) is shown as "&lt; k";</li>
 *   <li>complementary suppression: wherever a row, a column or the margins would have exactly one suppressed figure
 *       next to a published total, the smallest other figure there is suppressed too, until none is left alone —
 *       so no suppressed figure follows from its row, its column or the total by subtraction;</li>
 *   <li>every published figure is rounded down to a multiple of the resolution (default k), so one person more or
 *       less changes a figure by nothing or by at least the resolution, and overlapping queries give nothing away
 *       by subtraction.</li>
 * </ol>
 */
public final class DisclosureControl {

    /** Below this, k is refused whatever the configuration says. */
    public static final int MIN_K = 5;

    private final int k;
    private final int resolution;

    public DisclosureControl(int k, int resolution) {
        if (k < MIN_K) {
            throw new IllegalArgumentException("the minimum cell size k must be at least " + MIN_K);
        }
        if (resolution < k) {
            throw new IllegalArgumentException("the reporting resolution must be at least k");
        }
        this.k = k;
        this.resolution = resolution;
    }

    /** The label under which rare categories are published together. */
    public static final String OTHER = "OTHER";

    public int k() {
        return k;
    }

    public PublishedTable publish(CountTable table) {
        return publish(table, true, true);
    }

    /** As {@link #publish(CountTable)}, merging rare rows and columns into {@value #OTHER} where asked (not for periods). */
    public PublishedTable publish(CountTable table, boolean mergeRareRows, boolean mergeRareColumns) {
        return suppress(merge(table, mergeRareRows, mergeRareColumns));
    }

    /**
     * As {@link #publish(CountTable, boolean, boolean)} for a differentially private release. Which categories are
     * named is decided on the true counts: a rare one is merged into {@value #OTHER} before any noise, so noise can
     * never lift it into view by name, and the release is the same whichever rare category a person is in. Then every
     * count of the merged table gets the noise, and merging, suppression and rounding apply again to the noisy table.
     */
    public PublishedTable publish(CountTable table, boolean mergeRareRows, boolean mergeRareColumns, GeometricNoise noise) {
        CountTable merged = merge(table, mergeRareRows, mergeRareColumns);
        long[][] counts = new long[merged.rows().size()][merged.columns().size()];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                counts[i][j] = noise.noisy(merged.counts()[i][j]);
            }
        }
        return publish(new CountTable(merged.rows(), merged.columns(), counts), mergeRareRows, mergeRareColumns);
    }

    private CountTable merge(CountTable table, boolean mergeRareRows, boolean mergeRareColumns) {
        return mergeRareColumns ? transpose(mergeRareRows(transpose(mergeRareRows ? mergeRareRows(table) : table)))
                : mergeRareRows ? mergeRareRows(table) : table;
    }

    /** Rows with a total below k, merged into one row {@value #OTHER} (with an existing row of that name, if any). */
    CountTable mergeRareRows(CountTable table) {
        List<String> labels = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        long[] other = new long[table.columns().size()];
        boolean anyOther = false;
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rowTotal(i) < k || OTHER.equals(table.rows().get(i))) {
                for (int j = 0; j < other.length; j++) {
                    other[j] += table.counts()[i][j];
                }
                anyOther = true;
            } else {
                labels.add(table.rows().get(i));
                counts.add(table.counts()[i]);
            }
        }
        if (anyOther) {
            labels.add(OTHER);
            counts.add(other);
        }
        return new CountTable(labels, table.columns(), counts.toArray(new long[0][]));
    }

    private static CountTable transpose(CountTable table) {
        long[][] flipped = new long[table.columns().size()][table.rows().size()];
        for (int i = 0; i < table.rows().size(); i++) {
            for (int j = 0; j < table.columns().size(); j++) {
                flipped[j][i] = table.counts()[i][j];
            }
        }
        return new CountTable(table.columns(), table.rows(), flipped);
    }

    private PublishedTable suppress(CountTable table) {
        Withheld withheld = primary(table);
        boolean changed = true;
        while (changed) {
            changed = protectLines(table, withheld) | protectTotals(table, withheld);
        }
        return published(table, withheld);
    }

    /** Which figures of a table are withheld: its cells, its row and column totals and its grand total (one element). */
    private record Withheld(boolean[][] cell, boolean[] rowTotal, boolean[] columnTotal, boolean[] total) {
    }

    /** Primary suppression: every figure under k. */
    private Withheld primary(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        Withheld withheld = new Withheld(new boolean[rows][columns], new boolean[rows], new boolean[columns], new boolean[] {table.total() < k});
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                withheld.cell()[i][j] = table.counts()[i][j] < k;
            }
            withheld.rowTotal()[i] = table.rowTotal(i) < k;
        }
        for (int j = 0; j < columns; j++) {
            withheld.columnTotal()[j] = table.columnTotal(j) < k;
        }
        return withheld;
    }

    /** Secondary suppression within each row and each column; whether it withheld anything more. */
    private boolean protectLines(CountTable table, Withheld withheld) {
        int rows = table.rows().size();
        boolean changed = false;
        for (int i = 0; i < rows; i++) {
            changed |= protect(rowOf(table, i), withheld.cell()[i], withheld.rowTotal(), i);
        }
        for (int j = 0; j < table.columns().size(); j++) {
            boolean[] column = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = withheld.cell()[i][j];
            }
            changed |= protect(columnOf(table, j), column, withheld.columnTotal(), j);
            for (int i = 0; i < rows; i++) {
                withheld.cell()[i][j] = column[i];
            }
        }
        return changed;
    }

    /** Secondary suppression among the row totals and among the column totals, against the grand total. */
    private boolean protectTotals(CountTable table, Withheld withheld) {
        long[] rowTotals = new long[table.rows().size()];
        for (int i = 0; i < rowTotals.length; i++) {
            rowTotals[i] = table.rowTotal(i);
        }
        long[] columnTotals = new long[table.columns().size()];
        for (int j = 0; j < columnTotals.length; j++) {
            columnTotals[j] = table.columnTotal(j);
        }
        boolean changed = protect(rowTotals, withheld.rowTotal(), withheld.total(), 0);
        return protect(columnTotals, withheld.columnTotal(), withheld.total(), 0) | changed;
    }

    private PublishedTable published(CountTable table, Withheld withheld) {
        List<List<Figure>> cells = new ArrayList<>();
        List<Figure> rowFigures = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<Figure> line = new ArrayList<>();
            for (int j = 0; j < table.columns().size(); j++) {
                line.add(figure(table.counts()[i][j], withheld.cell()[i][j]));
            }
            cells.add(line);
            rowFigures.add(figure(table.rowTotal(i), withheld.rowTotal()[i]));
        }
        List<Figure> columnFigures = new ArrayList<>();
        for (int j = 0; j < table.columns().size(); j++) {
            columnFigures.add(figure(table.columnTotal(j), withheld.columnTotal()[j]));
        }
        return new PublishedTable(table.rows(), table.columns(), cells, rowFigures, columnFigures,
                figure(table.total(), withheld.total()[0]), k, resolution);
    }

    /** The median of a group, published only when the group has at least k members. */
    public OptionalDouble median(List<Double> values) {
        if (values.size() < k) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

    /**
     * One line (a row, a column, or the margins) and its total form one sum: if exactly one of its figures (total
     * included) is suppressed, the rest would give it away, so suppress one more — the smallest published figure of
     * the line, or the total when every figure is already suppressed. True if anything changed.
     */
    private static boolean protect(long[] values, boolean[] suppressed, boolean[] totals, int totalIndex) {
        int count = totals[totalIndex] ? 1 : 0;
        for (boolean s : suppressed) {
            count += s ? 1 : 0;
        }
        if (count != 1) {
            return false;
        }
        int smallest = -1;
        for (int i = 0; i < values.length; i++) {
            if (!suppressed[i] && (smallest < 0 || values[i] < values[smallest])) {
                smallest = i;
            }
        }
        if (smallest >= 0) {
            suppressed[smallest] = true;
        } else if (!totals[totalIndex]) {
            totals[totalIndex] = true;
        } else {
            return false; // an empty line with a suppressed total: nothing can give it away
        }
        return true;
    }

    private Figure figure(long value, boolean suppressed) {
        return suppressed ? Figure.suppressed(k) : Figure.of(value / resolution * resolution);
    }

    private static long[] rowOf(CountTable table, int row) {
        return table.counts()[row];
    }

    private static long[] columnOf(CountTable table, int column) {
        long[] values = new long[table.rows().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = table.counts()[i][column];
        }
        return values;
    }
}
