package org.waymark.training;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.pdf.PdfRenderer;
import org.waymark.pdf.PrintedDocument;
import org.waymark.pdf.PrintedDocument.Line;
import org.waymark.pdf.PrintedDocument.Section;
import org.waymark.stats.Figure;
import org.waymark.stats.PublishedTable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The course certificate, the programme report and a practice case's role-play cards as PDF/A, in the words the caller gives ({@code words} looks a
 * message key up in the page's language).
 */
public final class Printouts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private final PdfRenderer renderer = new PdfRenderer();

    /** A certificate that {@code username} passed every quiz of the course, on the day the last was passed. */
    public byte[] certificate(Course course, UUID userId, String username, Instant completedAt, List<CourseProgress.ModuleStanding> standings,
                              UnaryOperator<String> words) {
        List<Line> lines = List.of(Line.field(words.apply("certificate.holder"), username),
                Line.field(words.apply("certificate.course"), course.title() + " (" + course.id() + " " + course.version() + ")"),
                Line.field(words.apply("certificate.completed"), DAY.format(completedAt)));
        List<Line> modules = standings.stream().map(s -> Line.bullet(s.module().title() + ": " + s.bestCorrect() + "/"
                + s.module().quiz().size())).toList();
        return renderer.render(new PrintedDocument(words.apply("certificate.title"), course.language(),
                "certificate-" + course.id() + "-" + course.version() + "-" + userId, completedAt,
                List.of(new Section(words.apply("certificate.heading"), lines), new Section(words.apply("certificate.modules"), modules)), List.of()));
    }

    /**
     * A practice case as two role-play cards for a pair in a classroom: the officer's brief (what the officer is told and
     * sees), and the person's card (the story, and per question the words the person hears, the scripted reply and its gloss).
     */
    public byte[] rolePlay(PracticeCase practice, Catalogue catalogue, String language, Instant created, UnaryOperator<String> words) {
        List<Line> brief = new ArrayList<>(List.of(Line.field(words.apply("practice.card.language"), practice.intervieweeLanguage()),
                Line.field(words.apply("practice.card.start"), String.join(", ", practice.start().placeType(), practice.start().exploitation(),
                        practice.start().ageBand(), practice.start().sex()))));
        if (!practice.observations().isBlank()) {
            brief.add(Line.field(words.apply("practice.card.observations"), practice.observations()));
        }
        List<Line> person = new ArrayList<>(List.of(Line.paragraph(practice.narrative())));
        var heard = catalogue.texts().get(practice.intervieweeLanguage());
        for (PracticeCase.Reply reply : practice.replies()) {
            var texts = heard == null ? null : heard.questions().get(reply.questionId());
            String question = texts == null || texts.questions().isEmpty() ? reply.questionId() : texts.questions().get(0);
            person.add(Line.bullet(question));
            person.add(Line.field(words.apply("practice.card.reply"), reply.reply()));
            if (reply.gloss() != null && !reply.gloss().isBlank()) {
                person.add(Line.field(words.apply("practice.card.gloss"), reply.gloss()));
            }
        }
        return renderer.render(new PrintedDocument(words.apply("practice.card.title") + ": " + practice.title(), language,
                "practice-case-" + practice.id() + "-" + practice.revision(), created,
                List.of(new Section(words.apply("practice.card.officer"), brief), new Section(words.apply("practice.card.person"), person)), List.of()));
    }

    /** The programme report: the same figures as its CSV, which rides inside the PDF. */
    public byte[] report(ProgrammeReport report, String language, Instant created, UnaryOperator<String> words) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(words.apply("programme.report.period"), List.of(Line.paragraph(report.from() + " – " + report.to()),
                Line.paragraph(words.apply("programme.report.disclosure").replace("{0}", Integer.toString(report.k()))))));
        sections.add(table(words.apply("programme.report.participants"), report.participants(), "service.", "participant-sex.", words));
        sections.add(new Section(words.apply("programme.report.sessions"), report.sessionsByType().entrySet().stream()
                .map(e -> Line.field(words.apply("session-type." + e.getKey()), e.getValue().toString())).toList()));
        sections.add(new Section(words.apply("programme.report.visits"), List.of(
                Line.field(words.apply("programme.report.visit-count"), Integer.toString(report.studyVisits())),
                Line.field(words.apply("programme.report.countries"), report.countriesVisited().isEmpty() ? "—"
                        : String.join(", ", report.countriesVisited().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList())))));
        sections.add(new Section(words.apply("programme.report.evaluation"), List.of(
                Line.field(words.apply("programme.report.effective"), share(report.effectivePercent(), report.k(), words)),
                Line.field(words.apply("programme.report.substantive"), share(report.substantivePercent(), report.k(), words)),
                Line.field(words.apply("programme.report.forms"), report.evaluations().rowTotals().get(0).display()))));
        byte[] csv = report.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return renderer.render(new PrintedDocument(words.apply("programme.report.title"), language,
                "programme-report-" + report.from() + "-" + report.to() + "-" + created.getEpochSecond(), created, sections,
                List.of(new PrintedDocument.Attachment("programme-report.csv", "text/csv", "The same figures as CSV", csv))));
    }

    private static Section table(String heading, PublishedTable table, String rowPrefix, String columnPrefix, UnaryOperator<String> words) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < table.columns().size(); j++) {
                cells.add(words.apply(columnPrefix + table.columns().get(j)) + " " + table.cells().get(i).get(j).display());
            }
            lines.add(Line.field(words.apply(rowPrefix + table.rows().get(i)), table.rowTotals().get(i).display() + " (" + String.join(", ", cells) + ")"));
        }
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < table.columns().size(); j++) {
            Figure f = table.columnTotals().get(j);
            columns.add(words.apply(columnPrefix + table.columns().get(j)) + " " + f.display());
        }
        lines.add(Line.field(words.apply("programme.report.total"), table.total().display() + " (" + String.join(", ", columns) + ")"));
        return new Section(heading, lines);
    }

    private static String share(Integer percent, int k, UnaryOperator<String> words) {
        return percent == null ? words.apply("programme.report.too-few").replace("{0}", Integer.toString(k)) : percent + " %";
    }
}
