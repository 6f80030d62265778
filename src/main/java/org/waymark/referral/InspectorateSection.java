package org.waymark.referral;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.LegalFrame;
import org.waymark.catalogue.model.Question;
import org.waymark.scoring.Assessment;
import org.waymark.workplace.AnonymousNotification;
import org.waymark.workplace.WorkplaceFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The two sections packet schema 2 adds: what a labour inspector needs (the workplace facts — in an anonymous
 * notification only what cannot identify the person — the ICLS items evidenced with the answers behind them, the
 * person's wishes), and the legal frame: the provisions of the catalogue's legal frame that the findings relate to.
 */
final class InspectorateSection {

    private InspectorateSection() {
    }

    static PacketDocument.LabourInspectorate of(PacketInput in) {
        WorkplaceFacts given = in.workplace() == null ? WorkplaceFacts.none() : in.workplace();
        AnonymousNotification.Result anonymous = AnonymousNotification.of(given);
        WorkplaceFacts f = in.named() ? given : anonymous.facts();
        List<String> withheld = in.named() || in.workplace() == null ? List.of() : anonymous.warnings().stream().map(Enum::name).toList();
        PacketDocument.Employer employer = f.employer() == null ? null : new PacketDocument.Employer(f.employer().name(),
                f.employer().address(), f.employer().registryNumber(), name(f.employer().privateHome()));
        PacketDocument.Agency agency = f.agency() == null ? null
                : new PacketDocument.Agency(f.agency().name(), f.agency().country(), f.agency().registryNumber());
        String sector = f.sector() != null ? f.sector().name() : in.screening().sector();
        return new PacketDocument.LabourInspectorate(in.workplace() != null, employer, f.workplacesOrEmpty(), agency, f.intermediary(),
                sector, f.othersAffected(), name(f.minorsAmongOthers()), name(f.immediateDanger()),
                f.unknownOrEmpty().stream().map(Enum::name).toList(), withheld, evidence(in),
                f.wishesOrEmpty().stream().map(Enum::name).toList(), in.named() ? f.otherWish() : null);
    }

    static List<PacketDocument.LegalProvision> legalFrame(PacketInput in, List<String> exploitation) {
        Assessment a = in.screening().assessment();
        List<String> wishes = in.workplace() == null ? List.of() : in.workplace().wishesOrEmpty().stream().map(Enum::name).toList();
        LegalFrame frame = in.legalFrame();
        return frame.applying(a.outcomes().stream().map(Enum::name).toList(), exploitation, wishes, in.screening().nationality()).stream()
                .map(p -> frame.text(in.language(), p.id()).map(t -> new PacketDocument.LegalProvision(p.id(), t.title(), t.summary(),
                        t.source(), t.url(), t.status())).orElseThrow())
                .toList();
    }

    /** Each forced-labour item found, with the indicators or questions behind it and the answers given to them. */
    private static List<PacketDocument.Evidence> evidence(PacketInput in) {
        var forcedLabour = in.screening().assessment().forcedLabour();
        Map<String, String> given = new HashMap<>();
        in.screening().answers().forEach(answer -> given.put(answer.questionId(), answer.answer()));
        List<PacketDocument.Evidence> evidence = new ArrayList<>();
        add(evidence, in, "involuntariness", forcedLabour.involuntariness(), given);
        add(evidence, in, "coercion", forcedLabour.coercion(), given);
        return evidence;
    }

    private static void add(List<PacketDocument.Evidence> evidence, PacketInput in, String dimension, Map<String, List<String>> items,
                            Map<String, String> given) {
        Catalogue catalogue = in.catalogue();
        LanguageTexts officer = catalogue.texts().get(in.language());
        LanguageTexts interviewee = catalogue.texts().get(in.screening().intervieweeLanguage());
        ResourceBundle words = ResourceBundle.getBundle("i18n.person", Locale.forLanguageTag(in.screening().intervieweeLanguage()));
        items.entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> evidence.add(new PacketDocument.Evidence(e.getKey(), dimension, officer.nameOf(e.getKey()),
                        e.getValue().stream().sorted().map(id -> answer(catalogue, id, given, officer, interviewee, words)).toList())));
    }

    /** "Question as the person heard it — their answer", or the indicator's wording for an officer's observation. */
    private static String answer(Catalogue catalogue, String id, Map<String, String> given, LanguageTexts officer, LanguageTexts interviewee,
                                 ResourceBundle words) {
        Question question = catalogue.questions().get(id);
        boolean toPerson = question == null || question.audience() == Question.Audience.INTERVIEWEE;
        String text = toPerson ? PacketComposer.asked(interviewee, id).orElse(PacketComposer.prompt(officer, id)) : PacketComposer.prompt(officer, id);
        // the item is evidenced, so the answer given was the one that counts (1.0.0: YES)
        String answer = given.getOrDefault(id, question == null ? "YES" : question.presentWhen().name());
        return toPerson ? text + " — " + words.getString("answer." + answer) : text;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
