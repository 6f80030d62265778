package org.waymark.referral;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.PartnerDirectory;
import org.waymark.catalogue.model.QuestionTexts;
import org.waymark.scoring.Assessment;
import org.waymark.scoring.DimensionResult;
import org.waymark.scoring.Outcome;
import org.waymark.scoring.PresentIndicator;
import org.waymark.scoring.RouteRecommendation;
import org.waymark.screening.PersonalData;
import org.waymark.screening.ScreeningView;
import org.waymark.workplace.AnonymousNotification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a completed screening into the packet's facts ({@link PacketDocument}). A pure function of its input:
 * the same input gives the same document, which is what lets tests compare it with reviewed golden files.
 */
final class PacketComposer {

    private PacketComposer() {
    }

    static PacketDocument compose(PacketInput in) {
        ScreeningView screening = in.screening();
        Assessment assessment = screening.assessment();
        Catalogue catalogue = in.catalogue();
        PacketLabels labels = PacketLabels.of(in.language());
        boolean named = in.named();
        String withheld = labels.get("text.withheld");
        PacketDocument.Findings findings = findings(in, labels);
        return new PacketDocument(PacketDocument.SCHEMA, in.referralId(), caseReference(in), named ? in.createdAt() : week(in.createdAt()),
                in.language(), Urgency.of(assessment),
                new PacketDocument.Recipient(in.partner().id(), in.partner().code(), in.partner().name(), in.partner().type().name(),
                        in.key().format().name(), in.key().fingerprint()),
                named ? new PacketDocument.Referrer(in.unit().code(), in.unit().name(), screening.placeType(), in.officer(), null)
                        : new PacketDocument.Referrer(withheld, withheld, screening.placeType(), withheld, null),
                new PacketDocument.Screening(named ? screening.id() : in.referralId(), catalogue.reference(), screening.checklist(),
                        screening.profile(), assessment.provisionalProfile(), named ? screening.completedAt() : month(screening.completedAt()),
                        screening.intervieweeLanguage(), screening.interpreterPresent(), screening.interpreterLanguage()),
                person(in),
                findings,
                indicators(in),
                screening.consents().stream().map(c -> new PacketDocument.Consent(c.purpose(), c.status(), sorted(c.told()),
                        named ? c.representative() : null, named ? c.recordedAt() : month(c.recordedAt()))).toList(),
                !named || in.note() == null || in.note().isBlank() ? null : in.note().strip(),
                actions(assessment, labels),
                InspectorateSection.of(in),
                InspectorateSection.legalFrame(in, findings.typeOfExploitation()),
                nextSteps(in, assessment));
    }

    /** The officer's next steps for the screening's risk level, worded in the packet's language. */
    private static PacketDocument.NextSteps nextSteps(PacketInput in, Assessment assessment) {
        PartnerDirectory.NextSteps source = in.nextSteps();
        return new PacketDocument.NextSteps(source.sourceTitle(), source.sourceUrl(), source.status(),
                source.forOutcome(assessment.riskLevel().name()).stream()
                        .map(step -> new PacketDocument.NextStep(step.id(), step.textIn(in.language()))).toList());
    }

    /*
     * An anonymous notification (no consent to a named referral) must not let the partner find the person: no screening
     * id (the referral's own id stands in), no unit or officer, no free-text note, and times no finer than the month
     * (the packet's own date: the Monday of its week). Coarse age band, sex and citizenship stay, as in the statistics,
     * unless the workplace goes too ({@link AnonymousNotification#keepsPersonDetails}).
     * What of the workplace facts could still identify the person is left out by {@link InspectorateSection}.
     */
    private static java.time.Instant month(java.time.Instant at) {
        var utc = at.atZone(java.time.ZoneOffset.UTC);
        return utc.withDayOfMonth(1).truncatedTo(java.time.temporal.ChronoUnit.DAYS).toInstant();
    }

    private static java.time.Instant week(java.time.Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS).toInstant();
    }

    static String caseReference(PacketInput in) {
        return CaseReference.of(in.referralId(), in.createdAt());
    }

    private static PacketDocument.Person person(PacketInput in) {
        ScreeningView s = in.screening();
        PersonalData p = in.named() ? s.person() : PersonalData.none();
        boolean profile = in.named() || in.workplace() == null || AnonymousNotification.of(in.workplace()).keepsPersonDetails();
        return new PacketDocument.Person(in.named(), in.minor(), profile ? s.ageBand() : null, profile ? s.sex() : null,
                profile ? s.nationality() : null, p.nameOrAlias(), p.dateOfBirth(), p.documentType(), p.documentNumber(), p.contact());
    }

    private static PacketDocument.Findings findings(PacketInput in, PacketLabels labels) {
        Assessment a = in.screening().assessment();
        String status = a.outcomes().contains(Outcome.TRAFFICKING_INDICATED) ? "PRESUMED_VICTIM_OF_TRAFFICKING"
                : a.outcomes().contains(Outcome.FORCED_LABOUR_INDICATED) ? "PRESUMED_VICTIM_OF_FORCED_LABOUR"
                : a.outcomes().contains(Outcome.NO_INDICATION) ? "NOT_INDICATED" : "POTENTIAL_VICTIM";
        String exploitation = in.catalogue().profile(a.profile()).map(p -> p.exploitation()).orElse("labour");
        List<PacketDocument.Item> coercion = items(a.forcedLabour().coercion());
        return new PacketDocument.Findings(status,
                in.named() ? labels.format("text.decidedBy", in.officer(), in.unit().name(), in.catalogue().reference())
                        : labels.format("text.decidedByAnonymous", in.catalogue().reference()),
                a.riskLevel().name(), a.outcomes().stream().map(Enum::name).toList(), List.of(exploitation),
                a.readings().stream().map(r -> new PacketDocument.Reading(r.id(), r.indicated(), r.held(), r.notHeld())).toList(),
                new PacketDocument.ForcedLabour(a.forcedLabour().indicated(), items(a.forcedLabour().involuntariness()), coercion),
                coercion.stream().filter(i -> !i.evidencedBy().isEmpty()).map(PacketDocument.Item::id).toList(),
                a.urgentFlags().stream().map(Enum::name).sorted().toList(),
                a.routes().stream().map(r -> new PacketDocument.Route(r.route().name(), r.reason())).toList(),
                a.explanation().getOrDefault(in.language(), List.of()));
    }

    private static List<PacketDocument.IndicatorFound> indicators(PacketInput in) {
        Assessment a = in.screening().assessment();
        LanguageTexts officer = in.catalogue().texts().get(in.language());
        LanguageTexts interviewee = in.catalogue().texts().get(in.screening().intervieweeLanguage());
        Map<String, String> given = new java.util.HashMap<>();
        in.screening().answers().forEach(answer -> given.put(answer.questionId(), answer.answer()));
        List<PacketDocument.IndicatorFound> found = new ArrayList<>();
        for (DimensionResult dimension : a.dimensions()) {
            for (PresentIndicator indicator : dimension.present()) {
                String asked = in.catalogue().questionsDeclared() ? answered(in, indicator.id(), given, interviewee)
                        : asked(interviewee, indicator.id()).orElse(null);
                found.add(new PacketDocument.IndicatorFound(indicator.id(), prompt(officer, indicator.id()), dimension.dimension(),
                        indicator.phase().name(), indicator.strength().name(), indicator.observed(), asked));
            }
        }
        return found;
    }

    /**
     * Since catalogue 2.0.0 the question is not the indicator: the questions the person answered so that it counts,
     * each with the answer as they gave it, in their language ("Can you leave…? — No"); null when only observed.
     */
    private static String answered(PacketInput in, String indicator, Map<String, String> given, LanguageTexts interviewee) {
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.person",
                java.util.Locale.forLanguageTag(in.screening().intervieweeLanguage()));
        List<String> lines = in.catalogue().questions().values().stream()
                .filter(q -> q.audience() == org.waymark.catalogue.model.Question.Audience.INTERVIEWEE && q.indicators().contains(indicator))
                .filter(q -> q.presentWhen().name().equals(given.get(q.id())))
                .map(q -> asked(interviewee, q.id()).orElse(q.id()) + " — " + words.getString("answer." + q.presentWhen().name()))
                .toList();
        return lines.isEmpty() ? null : String.join(" / ", lines);
    }

    static String prompt(LanguageTexts texts, String id) {
        return Optional.ofNullable(texts).map(t -> t.questions().get(id)).flatMap(QuestionTexts::prompt).orElse(id);
    }

    static Optional<String> asked(LanguageTexts texts, String id) {
        return Optional.ofNullable(texts).map(t -> t.questions().get(id)).flatMap(q -> q.questions().stream().findFirst());
    }

    private static List<String> actions(Assessment a, PacketLabels labels) {
        List<String> actions = new ArrayList<>();
        if (!a.urgentFlags().isEmpty()) {
            actions.add(labels.get("action.urgent"));
        }
        for (RouteRecommendation route : a.routes()) {
            actions.add(labels.get("action." + route.route().name()));
        }
        return actions;
    }

    private static List<PacketDocument.Item> items(Map<String, List<String>> items) {
        return items.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new PacketDocument.Item(e.getKey(), sorted(e.getValue()))).toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
