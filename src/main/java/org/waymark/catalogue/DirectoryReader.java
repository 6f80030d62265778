package org.waymark.catalogue;

import org.waymark.catalogue.model.PartnerDirectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a country's partner directory ({@code directory/<country>/partners.yaml}) and next steps
 * ({@code next-steps.yaml}): every entry has a known kind, known voivodeships, a way to reach it, its hours in English,
 * a status and a source; every step names known outcomes and is worded in English and Polish. Any problem stops the load.
 */
public final class DirectoryReader {

    /** The referral routes an entry's kind may be. */
    static final Set<String> KINDS = Set.of("LABOUR_INSPECTORATE", "VICTIM_SUPPORT_NGO", "INVESTIGATION_OR_POLICE", "CHILD_PROTECTION");
    /** The screening outcomes (risk levels) a step may be for. */
    static final Set<String> OUTCOMES = Set.of("NONE", "LOW", "MEDIUM", "HIGH");
    private static final Set<String> STATUSES = Set.of(PartnerDirectory.TO_BE_VERIFIED, "verified");
    private static final List<String> OFFICER_LANGUAGES = List.of("en", "pl");

    private final CatalogueFiles files;
    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final YamlFiles yaml;

    private DirectoryReader(CatalogueFiles files) {
        this.files = files;
        this.yaml = new YamlFiles(files, problems);
    }

    /** The directory of {@code country} (a folder name such as {@code pl}), or {@link InvalidCatalogueException} listing every problem. */
    public static PartnerDirectory read(CatalogueFiles files, String country) {
        return new DirectoryReader(files).directory("directory/" + country + "/");
    }

    private PartnerDirectory directory(String folder) {
        YamlNode root = yaml.unchecked(folder + "partners.yaml");
        List<String> voivodeships = root.strings("voivodeships", true);
        Map<String, PartnerDirectory.CardTexts> card = new LinkedHashMap<>();
        root.entries("card", true).forEach((language, texts) -> card.put(language, new PartnerDirectory.CardTexts(texts.string("title"),
                texts.string("intro"), texts.string("phone"), texts.string("email"), texts.string("website"), texts.string("hours"),
                texts.string("languages"), texts.string("emergency"), texts.string("unverified"))));
        if (!root.isMissing() && !card.containsKey("en")) {
            root.get("card").problem("must have the English texts (en)");
        }
        List<PartnerDirectory.Entry> partners = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : root.list("partners", true)) {
            PartnerDirectory.Entry entry = entry(node, voivodeships);
            if (!ids.add(entry.id())) {
                node.get("id").problem("is used by another entry");
            }
            partners.add(entry);
        }
        PartnerDirectory.NextSteps steps = nextSteps(yaml.unchecked(folder + "next-steps.yaml"));
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new PartnerDirectory(root.string("country"), voivodeships, card, partners, steps);
    }

    private PartnerDirectory.Entry entry(YamlNode node, List<String> voivodeships) {
        String kind = node.string("kind");
        if (!kind.isEmpty() && !KINDS.contains(kind)) {
            node.get("kind").problem("must be one of " + KINDS.stream().sorted().toList());
        }
        List<String> regions = node.strings("regions", false);
        regions.stream().filter(r -> !voivodeships.contains(r)).findFirst()
                .ifPresent(r -> node.get("regions").problem("names " + r + ", which is not one of the voivodeships"));
        Optional<String> phone = node.optionalString("phone");
        Optional<String> email = node.optionalString("email");
        Optional<String> website = node.optionalString("website");
        if (phone.isEmpty() && email.isEmpty() && website.isEmpty()) {
            node.problem("needs a phone, an e-mail or a website");
        }
        website.filter(w -> !w.startsWith("https://")).ifPresent(w -> node.get("website").problem("must be an https:// address"));
        Map<String, String> name = texts(node, "name", OFFICER_LANGUAGES);
        Map<String, String> hours = texts(node, "hours", List.of("en"));
        List<String> languages = node.strings("languages", true);
        languages.stream().filter(l -> !l.matches("[a-z]{2}")).findFirst()
                .ifPresent(l -> node.get("languages").problem("must be two-letter language codes"));
        String status = node.string("status");
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            node.get("status").problem("must be one of " + STATUSES.stream().sorted().toList());
        }
        return new PartnerDirectory.Entry(node.string("id"), kind, name, regions, phone, email, website, hours, languages, status,
                node.string("source"));
    }

    private PartnerDirectory.NextSteps nextSteps(YamlNode root) {
        YamlNode source = root.get("source");
        String status = source.string("status");
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            source.get("status").problem("must be one of " + STATUSES.stream().sorted().toList());
        }
        List<PartnerDirectory.Step> steps = new ArrayList<>();
        for (YamlNode node : root.list("steps", true)) {
            List<String> outcomes = node.strings("outcomes", true);
            outcomes.stream().filter(o -> !OUTCOMES.contains(o)).findFirst()
                    .ifPresent(o -> node.get("outcomes").problem("names " + o + ", which is not one of " + OUTCOMES.stream().sorted().toList()));
            steps.add(new PartnerDirectory.Step(node.string("id"), outcomes, texts(node, "text", OFFICER_LANGUAGES)));
        }
        return new PartnerDirectory.NextSteps(source.string("title"), source.string("url"), status, steps);
    }

    /** A text by language that must at least have {@code required}. */
    private static Map<String, String> texts(YamlNode node, String key, List<String> required) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.entries(key, true).forEach((language, text) -> text.asString().ifPresent(t -> texts.put(language, t)));
        required.stream().filter(language -> !node.get(key).isMissing() && !texts.containsKey(language)).findFirst()
                .ifPresent(language -> node.get(key).problem("must have the " + language + " text"));
        return texts;
    }
}
