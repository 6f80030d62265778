package org.waymark.training;

import jakarta.inject.Singleton;
import org.waymark.stats.CountTable;
import org.waymark.stats.DisclosureControl;
import org.waymark.stats.StatsSettings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the programme report from the sessions of a period. Counts of people go through the statistics' own
 * {@link DisclosureControl} with the same k and resolution ({@code waymark.stats.k}, {@code waymark.stats.resolution});
 * sessions and countries visited count events, not people, and are published as they are.
 */
@Singleton
public class ProgrammeReports {

    public static final String AGREE = "AGREE";
    public static final String OTHER_RATING = "OTHER_RATING";

    private final ProgrammeRecords records;
    private final DisclosureControl control;

    ProgrammeReports(ProgrammeRecords records, StatsSettings settings) {
        this.records = records;
        this.control = settings.disclosureControl();
    }

    public ProgrammeReport report(LocalDate from, LocalDate to) {
        List<ProgrammeRecords.SessionView> sessions = records.sessions(from, to);
        Map<String, Integer> byType = new LinkedHashMap<>();
        ProgrammeReport.sessionTypes().forEach(t -> byType.put(t, 0));
        Map<String, Integer> countries = new TreeMap<>();
        for (ProgrammeRecords.SessionView session : sessions) {
            byType.merge(session.type().name(), 1, Integer::sum);
            session.countriesVisited().forEach(c -> countries.merge(c, 1, Integer::sum));
        }
        List<SessionInput.Evaluation> forms = sessions.stream().flatMap(s -> s.evaluations().stream()).toList();
        long effective = forms.stream().filter(SessionInput.Evaluation::effective).count();
        long substantive = forms.stream().filter(SessionInput.Evaluation::substantive).count();
        CountTable ratings = new CountTable(List.of("effective", "substantive"), List.of(AGREE, OTHER_RATING),
                new long[][]{{effective, forms.size() - effective}, {substantive, forms.size() - substantive}});
        return new ProgrammeReport(from, to, control.k(), control.publish(participants(sessions)), byType, byType.get(SessionType.STUDY_VISIT.name()),
                countries, control.publish(ratings, false, false), percent(effective, forms.size()), percent(substantive, forms.size()));
    }

    /**
     * Services × sexes, listing only the services and sexes with participants (an empty category would only push its
     * neighbours into complementary suppression); the disclosure control merges the rare ones.
     */
    static CountTable participants(List<ProgrammeRecords.SessionView> sessions) {
        long[][] all = new long[ParticipantService.values().length][ParticipantSex.values().length];
        sessions.stream().flatMap(s -> s.participants().stream()).forEach(p -> all[p.service().ordinal()][p.sex().ordinal()] += p.count());
        List<ParticipantService> services = Arrays.stream(ParticipantService.values())
                .filter(v -> Arrays.stream(all[v.ordinal()]).sum() > 0).toList();
        List<ParticipantSex> sexes = Arrays.stream(ParticipantSex.values())
                .filter(x -> Arrays.stream(all).mapToLong(row -> row[x.ordinal()]).sum() > 0).toList();
        long[][] counts = new long[services.size()][sexes.size()];
        for (int i = 0; i < services.size(); i++) {
            for (int j = 0; j < sexes.size(); j++) {
                counts[i][j] = all[services.get(i).ordinal()][sexes.get(j).ordinal()];
            }
        }
        return new CountTable(services.stream().map(Enum::name).toList(), sexes.stream().map(Enum::name).toList(), counts);
    }

    /** A share in whole percent, only from k forms on (like a median, a share of a small group says too much). */
    private Integer percent(long agreeing, int forms) {
        return forms < control.k() ? null : (int) Math.round(100.0 * agreeing / forms);
    }
}
