package org.waymark.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV writer (RFC 4180 quoting): a value is always quoted, its quotes doubled, a missing value left empty; a
 * heading word of the format itself ({@code total}, {@code seq}) is written as it is.
 */
public final class Csv {

    private final String lineEnd;
    private final StringBuilder out = new StringBuilder();
    private final List<String> line = new ArrayList<>();

    private Csv(String lineEnd) {
        this.lineEnd = lineEnd;
    }

    /** Lines end in CR LF, as RFC 4180 has them. */
    public static Csv crlf() {
        return new Csv("\r\n");
    }

    /** Lines end in LF. */
    public static Csv lf() {
        return new Csv("\n");
    }

    /** A value: quoted; {@code null} is an empty field. */
    public Csv cell(Object value) {
        line.add(value == null ? "" : "\"" + value.toString().replace("\"", "\"\"") + "\"");
        return this;
    }

    public Csv cells(Iterable<?> values) {
        values.forEach(this::cell);
        return this;
    }

    /** Fixed heading words of the format, unquoted. */
    public Csv words(String... words) {
        line.addAll(List.of(words));
        return this;
    }

    public Csv endLine() {
        out.append(String.join(",", line)).append(lineEnd);
        line.clear();
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
