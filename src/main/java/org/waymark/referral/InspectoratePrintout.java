package org.waymark.referral;

import org.waymark.pdf.PrintedDocument.Line;
import org.waymark.pdf.PrintedDocument.Section;
import org.waymark.workplace.AnonymousNotification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Lays out the labour-inspectorate, legal-frame and next-steps sections of a schema-2 packet's PDF, in the packet's language. */
final class InspectoratePrintout {

    private InspectoratePrintout() {
    }

    static Section inspectorate(PacketDocument.LabourInspectorate w, PacketLabels l) {
        List<Line> lines = new ArrayList<>();
        if (!w.recorded()) {
            lines.add(Line.paragraph(l.get("text.noWorkplaceFacts")));
        }
        boolean placeWithheld = w.withheld().stream().anyMatch(AnonymousNotification.Warning::withholdsPlace);
        String missing = placeWithheld ? l.get("text.withheld") : "-";
        PacketDocument.Employer e = w.employer();
        lines.add(Line.field(l.get("field.employer"), e == null ? fact(w, "EMPLOYER", null, missing, l)
                : join(e.name(), e.address(), e.registryNumber() == null ? null : l.get("field.registryNumber") + " " + e.registryNumber())
                + ("YES".equals(e.privateHome()) ? "\n" + l.get("text.privateHome") : "")));
        lines.add(Line.field(l.get("field.workplaces"), w.workplaces().isEmpty() ? fact(w, "WORKPLACES", null, missing, l)
                : String.join("\n", w.workplaces())));
        PacketDocument.Agency a = w.agency();
        lines.add(Line.field(l.get("field.agency"), a == null ? fact(w, "AGENCY", null, "-", l)
                : join(a.name(), a.country(), a.registryNumber() == null ? null : l.get("field.agencyRegistry") + " " + a.registryNumber())));
        lines.add(Line.field(l.get("field.intermediary"), fact(w, "INTERMEDIARY", w.intermediary(), missing, l)));
        lines.add(Line.field(l.get("field.sector"), w.sector() == null ? fact(w, "SECTOR", null, "-", l) : l.get("sector." + w.sector())));
        lines.add(Line.field(l.get("field.othersAffected"), fact(w, "OTHERS_AFFECTED",
                w.othersAffected() == null ? null : String.valueOf(w.othersAffected()), "-", l)));
        lines.add(Line.field(l.get("field.minorsAmongOthers"), known(w.minorsAmongOthers(), l)));
        lines.add(Line.field(l.get("field.immediateDanger"), known(w.immediateDanger(), l)));
        lines.add(Line.field(l.get("field.wishes"), w.wishes().isEmpty() ? fact(w, "WISHES", null, "-", l)
                : w.wishes().stream().map(x -> l.get("wish." + x)).collect(Collectors.joining("; "))
                + (w.otherWish() == null ? "" : "\n" + w.otherWish())));
        w.withheld().forEach(c -> lines.add(Line.bullet(l.get("withheld." + c))));
        lines.add(Line.paragraph(w.forcedLabourEvidence().isEmpty() ? l.get("text.noForcedLabourEvidence") : l.get("text.forcedLabourEvidence")));
        w.forcedLabourEvidence().forEach(x -> lines.add(Line.bullet(x.name() + " (" + l.get("field." + x.dimension()) + ")\n"
                + String.join("\n", x.answers()))));
        return new Section(l.get("section.inspectorate"), lines);
    }

    static Section legalFrame(List<PacketDocument.LegalProvision> provisions, PacketLabels l) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.paragraph(l.get(provisions.isEmpty() ? "text.noProvisions" : "text.legalFrame")));
        provisions.forEach(p -> lines.addAll(withAddress(p.title(), p.summary() + "\n" + l.get("field.source") + ": " + p.source(), p.url(),
                l.get("status." + p.status()))));
        return new Section(l.get("section.legalFrame"), lines);
    }

    static Section nextSteps(PacketDocument.NextSteps steps, PacketLabels l) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.paragraph(l.get(steps.steps().isEmpty() ? "text.noNextSteps" : "text.nextSteps")));
        steps.steps().forEach(step -> lines.add(Line.bullet(step.text())));
        lines.addAll(withAddress(l.get("field.source"), steps.sourceTitle(), steps.sourceUrl(), l.get("steps." + steps.status())));
        return new Section(l.get("section.nextSteps"), lines);
    }

    /** A labelled entry whose web address prints on its own full-width line, so that it is never split. */
    private static List<Line> withAddress(String label, String before, String url, String after) {
        return List.of(Line.field(label, before), Line.paragraph(url), Line.field("", after));
    }

    private static String fact(PacketDocument.LabourInspectorate w, String fact, String value, String missing, PacketLabels l) {
        return value != null ? value : w.unknown().contains(fact) ? l.get("text.unknown") : missing;
    }

    private static String known(String value, PacketLabels l) {
        return value == null ? "-" : l.get("known." + value);
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
        return joined.isEmpty() ? "-" : joined;
    }
}
