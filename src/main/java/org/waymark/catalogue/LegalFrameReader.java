package org.waymark.catalogue;

import org.waymark.catalogue.model.LegalFrame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks {@code legal-frame/provisions.yaml} and {@code legal-frame/texts/<language>.yaml} as the
 * catalogue is read: each file against its JSON Schema, then every provision worded in every language and no words
 * for a provision that does not exist. Any problem refuses the whole frame, each problem naming its file and path.
 */
public final class LegalFrameReader {

    static final String FOLDER = "legal-frame/";
    private final CatalogueFiles files;
    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final YamlFiles yaml;

    private LegalFrameReader(CatalogueFiles files) {
        this.files = files;
        this.yaml = new YamlFiles(files, problems);
    }

    public static LegalFrame load(CatalogueFiles files, Set<String> languages) {
        return new LegalFrameReader(files).read(languages);
    }

    private LegalFrame read(Set<String> languages) {
        YamlNode root = yaml.checked(FOLDER + "provisions.yaml");
        List<LegalFrame.Provision> provisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : root.list("provisions", true)) {
            String id = node.string("id");
            if (!ids.add(id)) {
                node.get("id").problem("repeats the provision " + id);
            }
            provisions.add(new LegalFrame.Provision(id, node.list("appliesWhen", true).stream()
                    .map(a -> new LegalFrame.Alternative(set(a, "outcomes"), set(a, "exploitation"), set(a, "wishes"), set(a, "nationality"))).toList()));
        }
        Map<String, Map<String, LegalFrame.ProvisionText>> texts = new LinkedHashMap<>();
        for (String language : languages.stream().sorted().toList()) {
            texts.put(language, texts(language, ids));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new LegalFrame(root.string("jurisdiction"), set(root, "freeMovement"), List.copyOf(provisions), texts);
    }

    private Map<String, LegalFrame.ProvisionText> texts(String language, Set<String> ids) {
        String path = FOLDER + "texts/" + language + ".yaml";
        YamlNode file = yaml.checked(path);
        if (file.isMissing()) {
            return Map.of();
        }
        if (!language.equals(file.string("language"))) {
            file.get("language").problem("must be " + language + ", the language the file is named for");
        }
        Map<String, LegalFrame.ProvisionText> texts = new LinkedHashMap<>();
        Map<String, YamlNode> worded = file.entries("provisions", true);
        ids.stream().filter(id -> !worded.containsKey(id)).sorted()
                .forEach(id -> file.get("provisions").problem("has no words for the provision " + id));
        for (var word : worded.entrySet()) {
            String id = word.getKey();
            YamlNode entry = word.getValue();
            if (!ids.contains(id)) {
                entry.problem("is not a provision of provisions.yaml");
            }
            texts.put(id, new LegalFrame.ProvisionText(entry.string("title"), entry.string("summary"), entry.string("source"),
                    entry.string("url"), entry.string("status")));
        }
        return texts;
    }

    private static Set<String> set(YamlNode node, String key) {
        Set<String> values = new LinkedHashSet<>();
        values.addAll(node.strings(key, false));
        return Set.copyOf(values);
    }
}
