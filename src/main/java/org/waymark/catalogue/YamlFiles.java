package org.waymark.catalogue;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the YAML files of an {@code indicators-catalogue/} tree for the catalogue, legal-frame and directory readers, one
 * way: a missing file, a file that is not valid YAML (with its line) or not a mapping, and each way it breaks its JSON
 * Schema become problems on the reader's list, never an exception; the node it returns is missing when the file could not be read.
 */
final class YamlFiles {

    private final CatalogueFiles files;
    private final List<CatalogueProblem> problems;

    YamlFiles(CatalogueFiles files, List<CatalogueProblem> problems) {
        this.files = files;
        this.problems = problems;
    }

    /** The file, checked against the schema {@link CatalogueSchemas#kindOf} names for its path. */
    YamlNode checked(String path) {
        return read(path, true);
    }

    /** The file, for a reader that checks its shape itself (the partner directory has no schema). */
    YamlNode unchecked(String path) {
        return read(path, false);
    }

    private YamlNode read(String path, boolean schema) {
        Optional<byte[]> bytes = files.read(path);
        if (bytes.isEmpty()) {
            return missing(path, "file is missing");
        }
        LoadSettings settings = LoadSettings.builder().setLabel(path).setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build();
        Object document;
        try {
            document = new Load(settings).loadFromString(new String(bytes.get(), StandardCharsets.UTF_8));
        } catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(mark -> "line " + (mark.getLine() + 1)).orElse("");
            problems.add(new CatalogueProblem(path, line, "not valid YAML: " + e.getProblem()));
            return new YamlNode(path, "", null, problems::add);
        } catch (YamlEngineException e) {
            return missing(path, "not valid YAML: " + e.getMessage());
        }
        if (!(document instanceof Map)) {
            return missing(path, "must be a YAML mapping");
        }
        if (schema) {
            problems.addAll(CatalogueSchemas.problems(path, document));
        }
        return new YamlNode(path, "", document, problems::add);
    }

    private YamlNode missing(String path, String problem) {
        problems.add(new CatalogueProblem(path, "", problem));
        return new YamlNode(path, "", null, problems::add);
    }
}
