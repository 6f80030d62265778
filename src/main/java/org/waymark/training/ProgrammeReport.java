package org.waymark.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.waymark.shared.Csv;
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

    /** The report as CSV (the one {@link Csv} writer): one block per figure, each with its own header line. */
    public String csv() {
        Csv head = Csv.lf().cell("period").cell(from).cell(to).endLine().endLine();
        Csv tail = Csv.lf().cell("session type").cell("sessions").endLine();
        sessionsByType.forEach((type, n) -> tail.cell(type).cell(n).endLine());
        tail.endLine().cell("country visited").cell("study visits").endLine();
        countriesVisited.forEach((country, n) -> tail.cell(country).cell(n).endLine());
        tail.endLine().cell("share").cell("percent").endLine();
        tail.cell("effective").cell(share(effectivePercent)).endLine();
        tail.cell("substantive").cell(share(substantivePercent)).endLine();
        return head + participants.csv("service") + "\n" + evaluations.csv("rating") + "\n" + tail;
    }

    private String share(Integer percent) {
        return percent == null ? "< " + k + " forms" : percent.toString();
    }

    static List<String> sessionTypes() {
        return java.util.Arrays.stream(SessionType.values()).map(Enum::name).toList();
    }
}
