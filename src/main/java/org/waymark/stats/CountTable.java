package org.waymark.stats;

import java.util.Arrays;
import java.util.List;

/** True counts of a two-way table (rows × columns); margins are the sums. Never leaves the service as it is. */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        int width = columns.size();
        if (counts.length != rows.size() || Arrays.stream(counts).anyMatch(r -> r.length != width)) {
            throw new IllegalArgumentException("counts must be rows × columns");
        }
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
            if (Arrays.stream(copy[i]).anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }
        counts = copy;
    }

    long rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }
}
