package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Checklist;
import org.waymark.catalogue.model.Dimension;
import org.waymark.catalogue.model.ForcedLabourScheme;
import org.waymark.catalogue.model.Indicator;
import org.waymark.catalogue.model.LanguageTexts;
import org.waymark.catalogue.model.Phase;
import org.waymark.catalogue.model.Profile;
import org.waymark.catalogue.model.Strength;
import org.waymark.catalogue.model.UrgentFlag;
import org.waymark.catalogue.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one catalogue version ({@code catalogues/<id>/<version>/}) into an immutable {@link Catalogue},
 * or fails listing every problem with its file and path. Files are read as YAML 1.2 (a bare {@code YES}
 * stays a text) and each is validated against the JSON Schema of its kind; cross-checks live in
 * {@link CatalogueChecks}.
 */
public final class CatalogueReader {

    private final CatalogueFiles files;
    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final YamlFiles yaml;

    private CatalogueReader(CatalogueFiles files) {
        this.files = files;
        this.yaml = new YamlFiles(files, problems);
    }

    /** Reads and validates; throws {@link InvalidCatalogueException} naming every problem. */
    public static Catalogue read(CatalogueFiles files, String id, String version) {
        return new CatalogueReader(files).readVersion(id, version);
    }

    private Catalogue readVersion(String id, String version) {
        String folder = "catalogues/" + id + "/" + version + "/";
        YamlNode root = yaml.checked(folder + "catalogue.yaml");
        YamlNode indicatorsFile = yaml.checked(folder + "indicators.yaml");
        YamlNode checklistsFile = yaml.checked(folder + "checklists.yaml");
        boolean questionsDeclared = files.read(folder + "questions.yaml").isPresent();
        YamlNode questionsFile = questionsDeclared ? yaml.checked(folder + "questions.yaml") : null;
        fail();

        checkEqual(root, "id", id);
        checkEqual(root, "version", version);
        Map<String, String> sources = new LinkedHashMap<>();
        root.entries("sources", true).forEach((key, node) -> node.asString().ifPresent(text -> sources.put(key, text)));
        List<String> officer = root.get("languages").strings("officer", true);
        List<String> interviewee = root.get("languages").strings("interviewee", true);
        List<Dimension> dimensions = root.list("dimensions", true).stream().map(this::dimension).toList();
        List<Profile> profiles = root.list("profiles", true).stream().map(this::profile).toList();
        Map<String, Indicator> indicators = indicators(indicatorsFile, root, profiles);
        List<String> context = root.strings("contextQuestions", false);
        Map<String, Question> questions = questionsDeclared ? QuestionReader.questions(questionsFile) : legacyQuestions(indicators, context);
        var decisionRule = RuleReader.decisionRule(root.get("decisionRule"));
        ForcedLabourScheme forcedLabour = forcedLabour(root.get("forcedLabour"));
        List<Checklist> checklists = checklistsFile.list("checklists", true).stream().map(ChecklistReader::checklist).toList();
        Map<String, LanguageTexts> texts = new LinkedHashMap<>();
        for (String language : new LinkedHashSet<>(concat(officer, interviewee))) {
            YamlNode textsFile = yaml.checked(folder + "texts/" + language + ".yaml");
            if (!textsFile.isMissing()) {
                texts.put(language, TextsReader.texts(textsFile, language));
            }
        }
        fail();
        Catalogue catalogue = new Catalogue(id, version, root.string("title"), sources, officer, interviewee, dimensions, profiles,
                indicators, context, questions, questionsDeclared, decisionRule, forcedLabour, checklists, texts);
        problems.addAll(CatalogueChecks.check(catalogue, folder));
        fail();
        return catalogue;
    }

    private void fail() {
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
    }

    private static void checkEqual(YamlNode node, String key, String expected) {
        String actual = node.string(key);
        if (!actual.isEmpty() && !actual.equals(expected)) {
            node.get(key).problem("is '" + actual + "' but the folder says '" + expected + "'");
        }
    }

    private Dimension dimension(YamlNode node) {
        return new Dimension(node.string("id"), phase(node, "phase"), node.string("element"),
                node.optionalString("means").map(means -> means(node, means)).orElse(null));
    }

    private static Dimension.Means means(YamlNode node, String means) {
        try {
            return Dimension.Means.valueOf(means.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null; // the schema has named the problem already: the version is refused
        }
    }

    private Profile profile(YamlNode node) {
        return new Profile(node.string("id"), node.bool("minor", false), node.string("exploitation"),
                node.bool("provisional", false), node.string("source"), node.optionalString("verify"));
    }

    private Map<String, Indicator> indicators(YamlNode file, YamlNode root, List<Profile> profiles) {
        Map<String, Indicator> result = new LinkedHashMap<>();
        for (YamlNode node : file.list("indicators", true)) {
            String id = node.string("id");
            Map<String, Strength> strengths = new LinkedHashMap<>();
            node.entries("strength", true).forEach((profile, value) -> strength(value).ifPresent(s -> strengths.put(profile, s)));
            Optional<UrgentFlag> urgent = node.optionalString("urgent").flatMap(text -> enumValue(node.get("urgent"), UrgentFlag.class, text));
            Indicator indicator = new Indicator(id, node.string("dimension"), phase(node, "phase"), strengths, urgent,
                    node.strings("forcedLabour", false), node.string("source"), node.optionalString("verify"));
            if (result.put(id, indicator) != null) {
                node.get("id").problem("duplicate indicator id '" + id + "'");
            }
        }
        DerivedProfiles.apply(root.list("profiles", true), profiles, result);
        return result;
    }

    static Optional<Strength> strength(YamlNode value) {
        return value.asString().flatMap(code -> {
            try {
                return Optional.of(Strength.fromCode(code));
            } catch (IllegalArgumentException e) {
                value.problem("must be S, M or W");
                return Optional.empty();
            }
        });
    }

    private static Phase phase(YamlNode node, String key) {
        return node.optionalString(key).flatMap(text -> enumValue(node.get(key), Phase.class, text)).orElse(Phase.RECRUITMENT);
    }

    static <E extends Enum<E>> Optional<E> enumValue(YamlNode node, Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            node.problem("'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
    }

    /** Catalogue 1.0.0 has no questions file: each indicator and context question is asked as itself, and YES counts. */
    private static Map<String, Question> legacyQuestions(Map<String, Indicator> indicators, List<String> context) {
        Map<String, Question> questions = new LinkedHashMap<>();
        indicators.values().forEach(i -> questions.put(i.id(), Question.legacy(i.id(), List.of(i.id()), i.forcedLabourItems())));
        context.forEach(id -> questions.put(id, Question.legacy(id, List.of(), List.of())));
        return questions;
    }

    private static ForcedLabourScheme forcedLabour(YamlNode node) {
        ForcedLabourScheme.Rule adult = rule(node.get("rule"));
        ForcedLabourScheme.Rule child = node.get("childRule").isMissing() ? adult : rule(node.get("childRule"));
        return new ForcedLabourScheme(node.get("indicators").strings("items", true), node.get("involuntariness").strings("items", true),
                node.get("coercion").strings("items", true), adult, child);
    }

    /** Catalogue 1.0.0 reads at least one of each (a minimum of 0 written there counted as 1) and no separate answers. */
    private static ForcedLabourScheme.Rule rule(YamlNode rule) {
        boolean separate = rule.bool("separateAnswers", false);
        int involuntariness = rule.integer("minimumInvoluntariness", 1);
        return new ForcedLabourScheme.Rule(separate ? involuntariness : Math.max(1, involuntariness),
                Math.max(1, rule.integer("minimumCoercion", 1)), separate);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }
}
