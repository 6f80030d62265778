package org.waymark.referral;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.pdf.PrintedDocument;
import org.waymark.pdf.PrintedDocument.Line;
import org.waymark.pdf.PrintedDocument.Section;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Lays the packet's facts out as the PDF's sections, in the packet's language. */
final class PacketPrintout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PacketPrintout() {
    }

    static PrintedDocument of(PacketDocument d, Catalogue catalogue, byte[] json) {
        PacketLabels l = PacketLabels.of(d.language());
        LanguageTexts texts = catalogue.texts().get(d.language());
        List<Section> inspectorate = List.of(InspectoratePrintout.inspectorate(d.labourInspectorate(), l),
                InspectoratePrintout.legalFrame(d.legalFrame(), l));
        // a labour inspector reads where, who and which provisions first; everyone else the person and the findings first
        boolean forInspectorate = "LABOUR_INSPECTORATE".equals(d.recipient().organisationType());
        List<Section> sections = new ArrayList<>(List.of(reference(d, l)));
        if (forInspectorate) {
            sections.addAll(inspectorate);
        }
        sections.addAll(List.of(
                context(d, l, catalogue),
                person(d, l),
                indicators(d, l, texts),
                assessment(d, l, texts)));
        if (!forInspectorate) {
            sections.addAll(inspectorate);
        }
        sections.addAll(List.of(
                new Section(l.get("section.actions"), d.recommendedActions().stream().map(Line::bullet).toList()),
                InspectoratePrintout.nextSteps(d.nextSteps(), l),
                consent(d, l),
                new Section(l.get("section.note"), List.of(Line.paragraph(d.referralNote() == null ? l.get("text.noNote") : d.referralNote()))),
                new Section(l.get("section.contact"), List.of(Line.field(l.get("field.officer"), d.referrer().officer()),
                        Line.field(l.get("field.unit"), d.referrer().unitName() + " (" + d.referrer().unitCode() + ")")))));
        return new PrintedDocument(l.get("title"), d.language(), d.packetId().toString(), d.createdAt(), sections,
                List.of(new PrintedDocument.Attachment(ReferralPacket.JSON_NAME, "application/json",
                        "The same facts, machine-readable (" + PacketDocument.SCHEMA + ")", json)));
    }

    private static Section reference(PacketDocument d, PacketLabels l) {
        return new Section(l.get("section.reference"), List.of(
                Line.field(l.get("field.caseReference"), d.caseReference()),
                Line.field(l.get("field.urgency"), l.get("urgency." + d.urgency())),
                Line.field(l.get("field.packetId"), d.packetId().toString()),
                Line.field(l.get("field.createdAt"), time(d.createdAt())),
                Line.field(l.get("field.recipient"), d.recipient().organisationName() + " · "
                        + l.get("organisation." + d.recipient().organisationType())),
                Line.field(l.get("field.keyFingerprint"), d.recipient().keyFormat() + " " + d.recipient().keyFingerprint()),
                Line.field(l.get("field.catalogue"), d.screening().catalogue())));
    }

    private static Section context(PacketDocument d, PacketLabels l, Catalogue catalogue) {
        PacketDocument.Screening s = d.screening();
        String intervieweeLanguage = languageName(catalogue, s.intervieweeLanguage());
        LanguageTexts texts = catalogue.texts().get(d.language());
        return new Section(l.get("section.context"), List.of(
                Line.field(l.get("field.unit"), d.referrer().unitName()),
                Line.field(l.get("field.placeType"), l.get("place." + d.referrer().placeType())),
                Line.field(l.get("field.checklist"), named(texts, s.checklist())),
                Line.field(l.get("field.profile"), named(texts, s.profile())),
                Line.field(l.get("field.completedAt"), time(s.completedAt())),
                Line.field(l.get("field.intervieweeLanguage"), intervieweeLanguage),
                Line.field(l.get("field.interpreter"), s.interpreterPresent()
                        ? l.get("text.yes") + " (" + languageName(catalogue, s.interpreterLanguage()) + ")" : l.get("text.noInterpreter"))));
    }

    private static Section person(PacketDocument d, PacketLabels l) {
        PacketDocument.Person p = d.person();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.field(l.get("field.referral"), l.get(p.named() ? "text.named" : "text.anonymous")));
        lines.add(Line.field(l.get("field.minor"), l.get(p.isMinor() ? "text.yes" : "text.no")));
        String absent = p.named() ? "-" : l.get("text.withheld"); // an anonymous notification left it out
        lines.add(Line.field(l.get("field.ageBand"), p.ageBand() == null ? absent : l.get("age." + p.ageBand())));
        lines.add(Line.field(l.get("field.gender"), p.gender() == null ? absent : l.get("sex." + p.gender())));
        lines.add(Line.field(l.get("field.citizenship"), p.citizenship() == null ? absent : p.citizenship()));
        if (p.named()) {
            lines.add(Line.field(l.get("field.nameOrAlias"), orDash(p.nameOrAlias())));
            lines.add(Line.field(l.get("field.dateOfBirth"), p.dateOfBirth() == null ? "-" : p.dateOfBirth().toString()));
            lines.add(Line.field(l.get("field.document"), document(p.documentType(), p.documentNumber(), l)));
            lines.add(Line.field(l.get("field.contact"), orDash(p.contact())));
        }
        return new Section(l.get("section.person"), lines);
    }

    private static Section indicators(PacketDocument d, PacketLabels l, LanguageTexts texts) {
        List<Line> lines = new ArrayList<>();
        if (d.indicators().isEmpty()) {
            lines.add(Line.paragraph(l.get("text.none")));
        }
        for (PacketDocument.IndicatorFound i : d.indicators()) {
            String heading = i.dimension() + " " + texts.nameOf(i.dimension()) + " · " + l.get("phase." + i.eventPhase()) + " · "
                    + l.get("strength." + i.strength()) + (i.observed() ? " · " + l.get("text.observed") : "");
            String asked = i.askedInIntervieweeLanguage() == null ? "" : "\n" + l.get("text.asked") + ": " + i.askedInIntervieweeLanguage();
            lines.add(Line.bullet(i.text() + "\n" + heading + asked));
        }
        return new Section(l.get("section.indicators"), lines);
    }

    private static Section assessment(PacketDocument d, PacketLabels l, LanguageTexts texts) {
        PacketDocument.Findings f = d.assessment();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.field(l.get("field.traffickingStatus"), l.get("status." + f.traffickingStatus())));
        lines.add(Line.field(l.get("field.decidedBy"), f.statusDecidedBy()));
        lines.add(Line.field(l.get("field.riskLevel"), l.get("risk." + f.riskLevel())));
        lines.add(Line.field(l.get("field.outcomes"), f.outcomes().stream().map(o -> l.get("outcome." + o)).collect(Collectors.joining("; "))));
        lines.add(Line.field(l.get("field.exploitation"), f.typeOfExploitation().stream().map(e -> l.get("exploitation." + e))
                .collect(Collectors.joining("; "))));
        for (PacketDocument.Reading r : f.traffickingReadings()) {
            lines.add(Line.field(l.get("reading." + r.id()), l.get(r.indicated() ? "text.indicated" : "text.notIndicated")
                    + (r.held().isEmpty() ? "" : "\n" + l.get("text.held") + ": " + clauses(r.held(), l))
                    + (r.notHeld().isEmpty() ? "" : "\n" + l.get("text.notHeld") + ": " + clauses(r.notHeld(), l))));
        }
        lines.add(Line.field(l.get("field.forcedLabour"), l.get(f.forcedLabour().indicated() ? "text.indicated" : "text.notIndicated")
                + items(l.get("field.involuntariness"), f.forcedLabour().involuntariness(), texts)
                + items(l.get("field.coercion"), f.forcedLabour().coercion(), texts)));
        if (!f.urgentFlags().isEmpty()) {
            lines.add(Line.field(l.get("field.urgentFlags"), f.urgentFlags().stream().map(u -> l.get("flag." + u)).collect(Collectors.joining(", "))));
        }
        f.explanation().forEach(e -> lines.add(Line.paragraph(e)));
        return new Section(l.get("section.assessment"), lines);
    }

    private static Section consent(PacketDocument d, PacketLabels l) {
        List<Line> lines = new ArrayList<>();
        if (d.consents().isEmpty()) {
            lines.add(Line.paragraph(l.get("text.noConsent")));
        }
        for (PacketDocument.Consent c : d.consents()) {
            String told = c.told().isEmpty() ? l.get("text.toldNothing")
                    : l.format("text.toldAbout", c.told().stream().map(t -> l.get("told." + t)).collect(Collectors.joining(", ")));
            lines.add(Line.field(l.get("purpose." + c.purpose()), l.get("consent." + c.status()) + " · " + time(c.recordedAt())
                    + "\n" + told
                    + (c.representative() == null ? "" : "\n" + l.get("field.representative") + ": " + c.representative())));
        }
        return new Section(l.get("section.consent"), lines);
    }

    private static String items(String label, List<PacketDocument.Item> items, LanguageTexts texts) {
        String evidenced = items.stream().filter(i -> !i.evidencedBy().isEmpty()).map(i -> texts.nameOf(i.id()))
                .collect(Collectors.joining(", "));
        return evidenced.isEmpty() ? "" : "\n" + label + ": " + evidenced;
    }

    /** A catalogue id by its name in the packet's language; the id itself only where there is no name (the JSON carries the id). */
    private static String named(LanguageTexts texts, String id) {
        String name = texts == null ? null : texts.nameOf(id);
        return name == null || name.isBlank() ? id : name;
    }

    /** "passport no. FX1234567": a known document type in words of the packet's language, any other as the officer typed it. */
    static String document(String type, String number, PacketLabels l) {
        if (type == null && number == null) {
            return "-";
        }
        String known = type == null ? null : "document." + type.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_]+", "-");
        String words = type == null ? null : l.keys().contains(known) ? l.get(known) : type;
        String numbered = number == null || number.isBlank() ? null : l.get("text.documentNumber") + " " + number;
        return words == null || words.isBlank() ? orDash(numbered) : numbered == null ? words : words + " " + numbered;
    }

    /** A rule's clauses ("(D1 or D2), D4") with the connective in the packet's language. */
    private static String clauses(List<String> clauses, PacketLabels l) {
        return String.join(", ", clauses).replace(" or ", " " + l.get("text.or") + " ");
    }

    private static String languageName(Catalogue catalogue, String code) {
        if (code == null) {
            return "-";
        }
        LanguageTexts texts = catalogue.texts().get(code);
        return texts == null ? code : texts.name() + " (" + code + ")";
    }

    private static String time(TemporalAccessor instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
