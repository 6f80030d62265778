package org.waymark.scoring;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.PositivityClause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tells the assessment in plain words, in every officer language of the catalogue. */
final class Explainer {

    private static final int MAX_LISTED_UNKNOWNS = 8;

    private Explainer() {
    }

    static Map<String, List<String>> explain(Catalogue catalogue, Assessment a) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (String language : catalogue.officerLanguages()) {
            byLanguage.put(language, lines(catalogue, a, catalogue.texts().get(language), Words.of(language)));
        }
        return byLanguage;
    }

    private static List<String> lines(Catalogue catalogue, Assessment a, LanguageTexts texts, Words w) {
        List<String> lines = new ArrayList<>();
        lines.add(w.profile() + ": " + texts.nameOf(a.profile()) + (a.provisionalProfile() ? " (" + w.provisional() + ")" : "") + ". " + a.catalogue() + ".");
        if (a.minorPresumed()) {
            lines.add(w.label("minor-presumed"));
        }
        boolean anything = false;
        for (DimensionResult d : a.dimensions()) {
            if (d.present().isEmpty()) {
                continue;
            }
            anything = true;
            String present = d.present().stream().map(p -> prompt(texts, p.id()) + " (" + p.strength().code()
                    + (p.observed() ? ", " + w.observed() : "") + ")").collect(Collectors.joining("; "));
            String verdict = d.positive()
                    ? w.positive() + " (" + clause(catalogue, d.clause().orElseThrow(), w) + ")"
                    : w.notPositive() + "; " + w.needs() + ": " + d.missing().stream().map(s -> shortfall(s, w)).collect(Collectors.joining(" " + w.orWord() + " "));
            lines.add(d.dimension() + " " + texts.nameOf(d.dimension()) + ": " + verdict + ". " + capitalise(w.present()) + ": " + present + ".");
        }
        if (!anything) {
            lines.add(w.nothingPresent());
        }
        for (Reading r : a.readings()) {
            lines.add(w.reading() + " — " + w.label(r.id()) + ": " + (r.indicated()
                    ? w.indicated() + " " + parts(r.held(), texts, w)
                    : w.notIndicated() + "; " + w.missing() + " " + parts(r.notHeld(), texts, w)) + ".");
        }
        lines.add(forcedLabour(a.forcedLabour(), texts, w));
        lines.add(w.outcome() + ": " + a.outcomes().stream().map(o -> w.label(o.name())).collect(Collectors.joining(", "))
                + ". " + w.risk() + ": " + w.label(a.riskLevel().name()) + ".");
        if (!a.urgentFlags().isEmpty()) {
            lines.add(w.urgent() + ": " + a.urgentFlags().stream().map(f -> w.label(f.name())).sorted().collect(Collectors.joining(", ")) + ".");
        }
        a.routes().forEach(r -> lines.add(w.recommended() + ": " + w.label(r.route().name()) + " — " + w.label(r.reason()) + "."));
        if (!a.couldChange().isEmpty()) {
            List<String> shown = a.couldChange().stream().limit(MAX_LISTED_UNKNOWNS).map(id -> prompt(texts, id)).toList();
            int rest = a.couldChange().size() - shown.size();
            lines.add(w.couldChange() + ": " + String.join("; ", shown) + (rest > 0 ? "; " + String.format(w.andMore(), rest) : "") + ".");
        }
        return lines;
    }

    private static String forcedLabour(ForcedLabourResult fl, LanguageTexts texts, Words w) {
        String involuntary = fl.involuntariness().keySet().stream().map(texts::nameOf).collect(Collectors.joining(", "));
        String coercion = fl.coercion().keySet().stream().map(texts::nameOf).collect(Collectors.joining(", "));
        if (fl.indicated()) {
            return w.forcedLabour() + ": " + w.indicated() + " — " + w.involuntary() + ": " + involuntary + "; " + w.coercion() + ": " + coercion + ".";
        }
        List<String> gaps = new ArrayList<>();
        if (fl.involuntariness().isEmpty()) {
            gaps.add(w.noInvoluntary());
        }
        if (fl.coercion().isEmpty()) {
            gaps.add(w.noCoercion());
        }
        return w.forcedLabour() + ": " + w.notIndicated() + " — " + String.join("; ", gaps) + ".";
    }

    private static String parts(List<String> parts, LanguageTexts texts, Words w) {
        return parts.stream().map(p -> translateRule(p, texts, w)).collect(Collectors.joining(" " + w.andWord() + " "));
    }

    private static String translateRule(String rule, LanguageTexts texts, Words w) {
        String result = rule.replace(" or ", " " + w.orWord() + " ").replace(" and ", " " + w.andWord() + " ")
                .replace("any recruitment indicator", w.recruitmentIndicator());
        for (String id : texts.questions().keySet()) {
            if ((id.startsWith("ctx.") || id.startsWith("q.") || id.startsWith("o.")) && result.contains(id)) {
                result = result.replace(id, "\"" + prompt(texts, id) + "\"");
            }
        }
        return result;
    }

    static String clause(Catalogue catalogue, String clauseId, Words w) {
        PositivityClause c = catalogue.decisionRule().dimensionPositive().stream().filter(x -> x.id().equals(clauseId)).findFirst().orElseThrow();
        List<String> parts = new ArrayList<>();
        add(parts, c.strong(), w.strong());
        add(parts, c.medium(), w.medium());
        add(parts, c.weak(), w.weak());
        add(parts, c.mediumOrWeak(), w.mediumOrWeak());
        return String.join(" + ", parts);
    }

    private static String shortfall(Shortfall s, Words w) {
        List<String> parts = new ArrayList<>();
        add(parts, s.strong(), w.strong());
        add(parts, s.medium(), w.medium());
        add(parts, s.weak(), w.weak());
        add(parts, s.mediumOrWeak(), w.mediumOrWeak());
        return String.join(" + ", parts);
    }

    private static void add(List<String> parts, int count, String word) {
        if (count > 0) {
            parts.add(count + " " + word);
        }
    }

    private static String prompt(LanguageTexts texts, String id) {
        var question = texts.questions().get(id);
        return question == null ? id : question.prompt().orElse(id);
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
