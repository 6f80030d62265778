package org.waymark.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A value read from a YAML file, with the file and the path that lead to it, so that every problem
 * can say exactly where it is. Reading never throws: a missing or ill-typed value records a problem
 * and yields an empty result.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final Object value;
    private final Consumer<CatalogueProblem> problems;

    YamlNode(String file, String path, Object value, Consumer<CatalogueProblem> problems) {
        this.file = file;
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    boolean isMissing() {
        return value == null;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    void problem(String message) {
        problems.accept(new CatalogueProblem(file, path, message));
    }

    YamlNode get(String key) {
        Object child = value instanceof Map<?, ?> map ? map.get(key) : null;
        return new YamlNode(file, path.isEmpty() ? key : path + "." + key, child, problems);
    }

    Optional<String> optionalString(String key) {
        YamlNode child = get(key);
        if (child.value == null) {
            return Optional.empty();
        }
        if (child.value instanceof String || child.value instanceof Number || child.value instanceof Boolean) {
            String text = String.valueOf(child.value).trim();
            if (text.isEmpty()) {
                child.problem("must not be blank");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        child.problem("must be a text");
        return Optional.empty();
    }

    String string(String key) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty() && get(key).value == null) {
            get(key).problem("is required");
        }
        return text.orElse("");
    }

    boolean bool(String key, boolean fallback) {
        YamlNode child = get(key);
        if (child.value == null) {
            return fallback;
        }
        if (child.value instanceof Boolean b) {
            return b;
        }
        child.problem("must be true or false");
        return fallback;
    }

    int integer(String key, int fallback) {
        YamlNode child = get(key);
        if (child.value == null) {
            return fallback;
        }
        if (child.value instanceof Integer i && i >= 0) {
            return i;
        }
        child.problem("must be a whole number of at least 0");
        return fallback;
    }

    List<YamlNode> list(String key, boolean required) {
        YamlNode child = get(key);
        if (child.value == null) {
            if (required) {
                child.problem("is required");
            }
            return List.of();
        }
        if (!(child.value instanceof List<?> items)) {
            child.problem("must be a list");
            return List.of();
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new YamlNode(file, child.path + "[" + i + "]", items.get(i), problems));
        }
        return nodes;
    }

    List<String> strings(String key, boolean required) {
        List<String> result = new ArrayList<>();
        for (YamlNode item : list(key, required)) {
            if (item.value instanceof String s && !s.isBlank()) {
                result.add(s.trim());
            } else if (item.value instanceof Boolean) {
                item.problem("write it in quotes, e.g. \"YES\": YAML reads a bare yes/no/on/off as true or false");
            } else {
                item.problem("must be a non-blank text");
            }
        }
        return result;
    }

    /** The entries of a mapping, in file order. */
    Map<String, YamlNode> entries(String key, boolean required) {
        YamlNode child = get(key);
        if (child.value == null) {
            if (required) {
                child.problem("is required");
            }
            return Map.of();
        }
        if (!(child.value instanceof Map<?, ?> map)) {
            child.problem("must be a mapping");
            return Map.of();
        }
        Map<String, YamlNode> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), child.get(String.valueOf(k))));
        return result;
    }

    /** The scalar value as text, or a problem. */
    Optional<String> asString() {
        if (value instanceof String s && !s.isBlank()) {
            return Optional.of(s.trim());
        }
        problem("must be a non-blank text");
        return Optional.empty();
    }
}
