package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Question;
import org.waymark.catalogue.model.RuleExpression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Cross-checks a read catalogue: ids, references between files, rules, and the forced-labour scheme. */
final class CatalogueChecks {

    private static final Pattern INDICATOR_ID = Pattern.compile("d[1-6]\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CONTEXT_ID = Pattern.compile("ctx\\.[a-z0-9]+(-[a-z0-9]+)*");

    private final Catalogue catalogue;
    private final String folder;
    private final List<CatalogueProblem> problems = new ArrayList<>();

    private CatalogueChecks(Catalogue catalogue, String folder) {
        this.catalogue = catalogue;
        this.folder = folder;
    }

    static List<CatalogueProblem> check(Catalogue catalogue, String folder) {
        CatalogueChecks checks = new CatalogueChecks(catalogue, folder);
        checks.uniqueIds();
        catalogue.indicators().values().forEach(checks::indicator);
        checks.profilesUsed();
        checks.rules();
        checks.contextQuestions();
        catalogue.questions().values().forEach(checks::question);
        checks.everyIndicatorAsked();
        checks.problems.addAll(ChecklistChecks.check(catalogue, folder + "checklists.yaml"));
        checks.problems.addAll(TextChecks.check(catalogue, folder + "texts/"));
        return checks.problems;
    }

    private void problem(String file, String path, String message) {
        problems.add(new CatalogueProblem(folder + file, path, message));
    }

    private void uniqueIds() {
        Set<String> seen = new HashSet<>();
        catalogue.dimensions().stream().map(Dimension::id).filter(id -> !seen.add(id))
                .forEach(id -> problem("catalogue.yaml", "dimensions", "duplicate dimension '" + id + "'"));
        Set<String> profiles = new HashSet<>();
        catalogue.profiles().stream().map(Profile::id).filter(id -> !profiles.add(id))
                .forEach(id -> problem("catalogue.yaml", "profiles", "duplicate profile '" + id + "'"));
        Set<String> items = new HashSet<>();
        var scheme = catalogue.forcedLabour();
        for (List<String> category : List.of(scheme.indicators(), scheme.involuntariness(), scheme.coercion())) {
            category.stream().filter(id -> !items.add(id))
                    .forEach(id -> problem("catalogue.yaml", "forcedLabour", "item '" + id + "' is listed twice"));
        }
    }

    private void indicator(Indicator indicator) {
        String path = "indicators[" + indicator.id() + "]";
        if (!INDICATOR_ID.matcher(indicator.id()).matches() || !indicator.id().startsWith(indicator.dimension().toLowerCase() + ".")) {
            problem("indicators.yaml", path + ".id", "must look like '<dimension>.<words-with-dashes>', e.g. d5.confiscation-of-documents, and start with its dimension");
        }
        catalogue.dimensions().stream().filter(d -> d.id().equals(indicator.dimension())).findFirst().ifPresentOrElse(
                dimension -> {
                    if (dimension.phase() != indicator.phase()) {
                        problem("indicators.yaml", path + ".phase", "is " + indicator.phase() + " but " + dimension.id() + " is " + dimension.phase());
                    }
                },
                () -> problem("indicators.yaml", path + ".dimension", "unknown dimension '" + indicator.dimension() + "'"));
        if (indicator.strengthByProfile().isEmpty()) {
            problem("indicators.yaml", path + ".strength", "must give a strength for at least one profile");
        }
        indicator.strengthByProfile().keySet().stream().filter(p -> catalogue.profile(p).isEmpty())
                .forEach(p -> problem("indicators.yaml", path + ".strength." + p, "unknown profile '" + p + "'"));
        indicator.forcedLabourItems().stream().filter(item -> !catalogue.forcedLabour().isItem(item))
                .forEach(item -> problem("indicators.yaml", path + ".forcedLabour", "unknown forced-labour item '" + item + "'"));
        if (!catalogue.sources().isEmpty() && indicator.source().isBlank()) {
            problem("indicators.yaml", path + ".source", "is required");
        }
    }

    private void profilesUsed() {
        for (Profile profile : catalogue.profiles()) {
            boolean used = catalogue.indicators().values().stream().anyMatch(i -> i.strengthByProfile().containsKey(profile.id()));
            if (!used) {
                problem("catalogue.yaml", "profiles[" + profile.id() + "]", "no indicator has a strength in this profile");
            }
            if (!catalogue.sources().containsKey(profile.source())) {
                problem("catalogue.yaml", "profiles[" + profile.id() + "].source", "unknown source '" + profile.source() + "'");
            }
        }
    }

    private void rules() {
        var rule = catalogue.decisionRule();
        if (rule.dimensionPositive().isEmpty()) {
            problem("catalogue.yaml", "decisionRule.dimensionPositive", "needs at least one clause");
        }
        for (var combination : rule.combinations()) {
            String path = "decisionRule.combinations[" + combination.id() + "]";
            combination.appliesTo().stream().filter(p -> catalogue.profile(p).isEmpty())
                    .forEach(p -> problem("catalogue.yaml", path + ".appliesTo", "unknown profile '" + p + "'"));
            references(combination.when(), path + ".when");
        }
        if (rule.combinations().stream().noneMatch(c -> c.id().equals("trafficking"))) {
            problem("catalogue.yaml", "decisionRule.combinations", "needs the 'trafficking' combination");
        }
    }

    private void references(RuleExpression expression, String path) {
        if (expression instanceof RuleExpression.AllOf all) {
            all.parts().forEach(part -> references(part, path));
        } else if (expression instanceof RuleExpression.AnyOf any) {
            any.parts().forEach(part -> references(part, path));
        } else if (expression instanceof RuleExpression.DimensionPositive d
                && catalogue.dimensions().stream().noneMatch(dim -> dim.id().equals(d.dimension()))) {
            problem("catalogue.yaml", path, "unknown dimension '" + d.dimension() + "'");
        } else if (expression instanceof RuleExpression.Fact f && !catalogue.questionIds().contains(f.question())) {
            problem("catalogue.yaml", path, "unknown question '" + f.question() + "'");
        }
    }

    /** A declared question names known indicators and items, and never evidences both sides of the ICLS rule alone. */
    private void question(Question question) {
        if (!catalogue.questionsDeclared()) {
            return;
        }
        String path = "questions[" + question.id() + "]";
        String prefix = question.audience() == Question.Audience.OFFICER ? "o." : "q.";
        if (!question.id().startsWith(prefix)) {
            problem("questions.yaml", path + ".id", "a question for the " + question.audience().name().toLowerCase(java.util.Locale.ROOT)
                    + " starts with '" + prefix + "'");
        }
        question.indicators().stream().filter(id -> !catalogue.indicators().containsKey(id))
                .forEach(id -> problem("questions.yaml", path + ".indicators", "unknown indicator '" + id + "'"));
        question.indicators().stream().map(id -> catalogue.indicators().get(id)).filter(java.util.Objects::nonNull)
                .map(Indicator::phase).distinct().skip(1).findAny()
                .ifPresent(p -> problem("questions.yaml", path + ".indicators", "names indicators of both phases: one fact happens in one phase"));
        var scheme = catalogue.forcedLabour();
        question.forcedLabourItems().stream().filter(item -> !scheme.isItem(item))
                .forEach(item -> problem("questions.yaml", path + ".forcedLabour", "unknown forced-labour item '" + item + "'"));
        boolean separate = scheme.adultRule().separateAnswers() || scheme.childRule().separateAnswers();
        if (separate && question.forcedLabourItems().stream().anyMatch(scheme.involuntariness()::contains)
                && question.forcedLabourItems().stream().anyMatch(scheme.coercion()::contains)) {
            problem("questions.yaml", path + ".forcedLabour", "evidences both an involuntariness and a coercion item: the ICLS rule needs two"
                    + " different answers, so one question may evidence only one side");
        }
    }

    /** With declared questions, every indicator is evidenced by some question: none is unaskable. */
    private void everyIndicatorAsked() {
        if (!catalogue.questionsDeclared()) {
            return;
        }
        Set<String> asked = new HashSet<>();
        catalogue.questions().values().forEach(q -> asked.addAll(q.indicators()));
        catalogue.indicators().keySet().stream().filter(id -> !asked.contains(id))
                .forEach(id -> problem("questions.yaml", "questions", "no question evidences indicator '" + id + "'"));
    }

    private void contextQuestions() {
        for (String id : catalogue.contextQuestions()) {
            if (!CONTEXT_ID.matcher(id).matches()) {
                problem("catalogue.yaml", "contextQuestions", "'" + id + "' must look like ctx.<words-with-dashes>");
            }
        }
    }
}
