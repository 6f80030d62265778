package org.waymark.stats.web;

import org.waymark.stats.Figure;
import org.waymark.stats.PublishedTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a server-rendered SVG bar chart of a one-column table (one bar per row, in row order). A
 * suppressed figure gets no bar of its height, only a marker and its "&lt; k" label, so the chart shows nothing a
 * table would not.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int AXIS = 24;
    static final int MARKER = 4;

    /** One bar: where it goes, its label under it, and the figure above it. */
    public record Bar(String label, int x, int y, int barWidth, int barHeight, String display, boolean suppressed) {

        public int labelY() {
            return HEIGHT - 6;
        }

        public int centre() {
            return x + barWidth / 2;
        }

        public String fill() {
            return suppressed ? "#9e9e9e" : "#12355b";
        }

        public int valueY() {
            return Math.max(12, y - 4);
        }
    }

    public static BarChart of(PublishedTable table) {
        long max = 1;
        for (Figure f : table.rowTotals()) {
            if (!f.suppressed() && f.value() != null) {
                max = Math.max(max, f.value());
            }
        }
        int n = Math.max(1, table.rows().size());
        int slot = WIDTH / n;
        int barWidth = Math.max(4, slot * 3 / 4);
        int plot = HEIGHT - AXIS - 16;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Figure f = table.rowTotals().get(i);
            int barHeight = f.suppressed() || f.value() == null ? MARKER : (int) Math.max(1, f.value() * plot / max);
            bars.add(new Bar(table.rows().get(i), i * slot + (slot - barWidth) / 2, HEIGHT - AXIS - barHeight, barWidth, barHeight,
                    f.display(), f.suppressed()));
        }
        return new BarChart(WIDTH, HEIGHT, bars);
    }
}
