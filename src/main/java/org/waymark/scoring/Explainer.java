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
        lines.add(w.word("profile") + ": " + texts.nameOf(a.profile()) + (a.provisionalProfile() ? " (" + w.word("provisional") + ")" : "") + ". " + a.catalogue() + ".");
        if (a.minorPresumed()) {
            lines.add(w.label("minor-presumed"));
        }
        List<String> dimensions = dimensionLines(catalogue, a, texts, w);
        lines.addAll(dimensions.isEmpty() ? List.of(w.word("nothingPresent")) : dimensions);
        for (Reading r : a.readings()) {
            lines.add(w.word("reading") + " — " + w.label(r.id()) + ": " + (r.indicated()
                    ? w.word("indicated") + " " + parts(r.held(), texts, w)
                    : w.word("notIndicated") + "; " + w.word("missing") + " " + parts(r.notHeld(), texts, w)) + ".");
        }
        lines.add(forcedLabour(a.forcedLabour(), texts, w));
        lines.add(w.word("outcome") + ": " + a.outcomes().stream().map(o -> w.label(o.name())).collect(Collectors.joining(", "))
                + ". " + w.word("risk") + ": " + w.label(a.riskLevel().name()) + ".");
        if (!a.urgentFlags().isEmpty()) {
            lines.add(w.word("urgent") + ": " + a.urgentFlags().stream().map(f -> w.label(f.name())).sorted().collect(Collectors.joining(", ")) + ".");
        }
        a.routes().forEach(r -> lines.add(w.word("recommended") + ": " + w.label(r.route().name()) + " — " + w.label(r.reason()) + "."));
        if (!a.couldChange().isEmpty()) {
            List<String> shown = a.couldChange().stream().limit(MAX_LISTED_UNKNOWNS).map(id -> prompt(texts, id)).toList();
            int rest = a.couldChange().size() - shown.size();
            lines.add(w.word("couldChange") + ": " + String.join("; ", shown) + (rest > 0 ? "; " + String.format(w.counted("andMore", rest), rest) : "") + ".");
        }
        return lines;
    }

    /** One line for each dimension with an indicator present: its verdict and what is present. */
    private static List<String> dimensionLines(Catalogue catalogue, Assessment a, LanguageTexts texts, Words w) {
        List<String> lines = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            if (d.present().isEmpty()) {
                continue;
            }
            String present = d.present().stream().map(p -> prompt(texts, p.id()) + " (" + p.strength().code()
                    + (p.observed() ? ", " + w.word("observed") : "") + ")").collect(Collectors.joining("; "));
            String verdict = d.positive()
                    ? w.word("positive") + " (" + clause(catalogue, d.clause().orElseThrow(), w) + ")"
                    : w.word("notPositive") + ": " + needs(d.missing(), w);
            lines.add(d.dimension() + " " + texts.nameOf(d.dimension()) + ": " + verdict + ". " + capitalise(w.word("present")) + ": " + present + ".");
        }
        return lines;
    }

    private static String forcedLabour(ForcedLabourResult fl, LanguageTexts texts, Words w) {
        String involuntary = fl.involuntariness().keySet().stream().map(texts::nameOf).collect(Collectors.joining(", "));
        String coercion = fl.coercion().keySet().stream().map(texts::nameOf).collect(Collectors.joining(", "));
        if (fl.indicated()) {
            return w.word("forcedLabour") + ": " + w.word("indicated") + " — " + w.word("involuntary") + ": " + involuntary + "; " + w.word("coercion") + ": " + coercion + ".";
        }
        List<String> gaps = new ArrayList<>();
        if (fl.involuntariness().isEmpty()) {
            gaps.add(w.word("noInvoluntary"));
        }
        if (fl.coercion().isEmpty()) {
            gaps.add(w.word("noCoercion"));
        }
        return w.word("forcedLabour") + ": " + w.word("notIndicated") + " — " + String.join("; ", gaps) + ".";
    }

    private static String parts(List<String> parts, LanguageTexts texts, Words w) {
        return parts.stream().map(p -> translateRule(p, texts, w)).collect(Collectors.joining(" " + w.word("andWord") + " "));
    }

    private static String translateRule(String rule, LanguageTexts texts, Words w) {
        String result = rule.replace(" or ", " " + w.word("orWord") + " ").replace(" and ", " " + w.word("andWord") + " ")
                .replace("any recruitment indicator", w.word("recruitmentIndicator"));
        for (String id : texts.questions().keySet()) {
            if ((id.startsWith("ctx.") || id.startsWith("q.") || id.startsWith("o.")) && result.contains(id)) {
                result = result.replace(id, "\"" + prompt(texts, id) + "\"");
            }
        }
        return result;
    }

    static String clause(Catalogue catalogue, String clauseId, Words w) {
        PositivityClause c = catalogue.decisionRule().dimensionPositive().stream().filter(x -> x.id().equals(clauseId)).findFirst().orElseThrow();
        return counts(c.strong(), c.medium(), c.weak(), c.mediumOrWeak(), w);
    }

    /**
     * What a dimension still needs, so that a reader sees it is short of more indicators (not that the engine erred):
     * when every cheapest way needs just one more, "one more indicator (medium, weak or strong)"; otherwise how many
     * more and the ways to get them.
     */
    static String needs(List<Shortfall> missing, Words w) {
        int more = missing.stream().mapToInt(Shortfall::total).min().orElse(0);
        if (more == 1) {
            List<String> kinds = new ArrayList<>();
            for (Shortfall s : missing) {
                addKind(kinds, s.mediumOrWeak() + s.medium(), "medium", w);
                addKind(kinds, s.mediumOrWeak() + s.weak(), "weak", w);
                addKind(kinds, s.strong(), "strong", w);
            }
            return w.word("needsOneMore") + " (" + alternatives(kinds, w) + ")";
        }
        return String.format(w.counted("needsMore", more), more) + ": " + alternatives(missing.stream()
                .map(s -> counts(s.strong(), s.medium(), s.weak(), s.mediumOrWeak(), w)).toList(), w);
    }

    private static void addKind(List<String> kinds, int count, String kind, Words w) {
        String word = w.word("kind." + kind);
        if (count > 0 && !kinds.contains(word)) {
            kinds.add(word);
        }
    }

    /** "a, b or c". */
    private static String alternatives(List<String> items, Words w) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + w.word("orWord") + " " + items.get(items.size() - 1);
    }

    private static String counts(int strong, int medium, int weak, int mediumOrWeak, Words w) {
        List<String> parts = new ArrayList<>();
        add(parts, strong, "strong", w);
        add(parts, medium, "medium", w);
        add(parts, weak, "weak", w);
        add(parts, mediumOrWeak, "mediumOrWeak", w);
        return String.join(" + ", parts);
    }

    private static void add(List<String> parts, int count, String key, Words w) {
        if (count > 0) {
            parts.add(count + " " + w.counted(key, count));
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
