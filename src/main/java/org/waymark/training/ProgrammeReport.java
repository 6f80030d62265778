package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.stats.PublishedTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures a donor asks for over a period: professionals trained by service and sex (through disclosure control:
 * rounded to the resolution, small cells suppressed, rare rows merged), sessions by type, study visits and the
 * countries visited, and the shares of evaluation forms agreeing that the training was effective and of substantive
 * value (published only from k forms on).
 *
 * @param evaluations rows {@code effective}, {@code substantive}; columns {@code AGREE} (4–5) and {@code OTHER_RATING} (1–3)
 */
@Serdeable
public record ProgrammeReport(LocalDate from, LocalDate to, int k, PublishedTable participants, Map<String, Integer> sessionsByType,
                              int studyVisits, Map<String, Integer> countriesVisited, PublishedTable evaluations,
                              @Nullable Integer effectivePercent, @Nullable Integer substantivePercent) {

    /** The report as CSV: one block per figure, each with its own header line. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append("\"period\",\"").append(from).append("\",\"").append(to).append("\"\n\n");
        out.append(participants.csv("service")).append('\n');
        out.append(evaluations.csv("rating")).append('\n');
        out.append("\"session type\",\"sessions\"\n");
        sessionsByType.forEach((type, n) -> out.append('"').append(type).append("\",\"").append(n).append("\"\n"));
        out.append("\n\"country visited\",\"study visits\"\n");
        countriesVisited.forEach((country, n) -> out.append('"').append(country).append("\",\"").append(n).append("\"\n"));
        out.append("\n\"share\",\"percent\"\n");
        out.append("\"effective\",\"").append(share(effectivePercent)).append("\"\n");
        out.append("\"substantive\",\"").append(share(substantivePercent)).append("\"\n");
        return out.toString();
    }

    private String share(Integer percent) {
        return percent == null ? "< " + k + " forms" : percent.toString();
    }

    static List<String> sessionTypes() {
        return java.util.Arrays.stream(SessionType.values()).map(Enum::name).toList();
    }
}
