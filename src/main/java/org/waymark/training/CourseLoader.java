package org.waymark.training;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.waymark.shared.OfficerLanguages;
import org.waymark.shared.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the published course versions listed in {@code indicators-catalogue/course/published.sha256}: every file must
 * match its hash (a published version never changes), hold every field, and agree with the other languages of its
 * version on modules, questions, choices and right answers. Anything wrong stops the start.
 */
public final class CourseLoader {

    static final String FOLDER = "indicators-catalogue/course/";
    public static final List<String> LANGUAGES = OfficerLanguages.ALL;

    private final ClassLoader loader;

    public CourseLoader(ClassLoader loader) {
        this.loader = loader;
    }

    /** The latest published version of each course, by language. */
    public Map<String, Course> latest(String courseId) {
        Map<String, String> hashes = publishedHashes();
        String version = hashes.keySet().stream().filter(p -> p.startsWith(courseId + "/")).map(p -> p.split("/")[1])
                .max(CourseLoader::compareVersions)
                .orElseThrow(() -> new IllegalStateException("no published version of course " + courseId));
        Map<String, Course> byLanguage = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String path = courseId + "/" + version + "/" + language + ".yaml";
            byte[] bytes = read(path);
            if (!Objects.equals(hashes.get(path), Sha256.hex(bytes))) {
                throw new IllegalStateException("course file " + path + " differs from its published hash: publish a new version instead");
            }
            Course course = parse(path, bytes);
            if (!course.id().equals(courseId) || !course.version().equals(version) || !course.language().equals(language)) {
                throw new IllegalStateException(path + ": course, version or language does not match its path");
            }
            byLanguage.put(language, course);
        }
        checkSameShape(byLanguage);
        return byLanguage;
    }

    private Map<String, String> publishedHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : new String(read("published.sha256"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+", 2);
                hashes.put(parts[1], parts[0]);
            }
        }
        return hashes;
    }

    private byte[] read(String path) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                throw new IllegalStateException("course file missing: " + FOLDER + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Course parse(String path, byte[] bytes) {
        Object document = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(new String(bytes, StandardCharsets.UTF_8));
        Map<?, ?> root = map(document, path);
        List<Course.Module> modules = new ArrayList<>();
        for (Object item : list(root.get("modules"), path + ": modules")) {
            modules.add(module(map(item, path + ": module"), path));
        }
        if (modules.isEmpty()) {
            throw new IllegalStateException(path + ": a course needs modules");
        }
        return new Course(text(root, "course", path), text(root, "version", path), text(root, "language", path), text(root, "title", path), modules);
    }

    private static Course.Module module(Map<?, ?> node, String path) {
        String id = text(node, "id", path);
        String where = path + " module " + id;
        List<Course.Question> quiz = new ArrayList<>();
        for (Object item : list(node.get("quiz"), where + ": quiz")) {
            Map<?, ?> q = map(item, where + ": question");
            Map<String, String> choices = new LinkedHashMap<>();
            map(q.get("choices"), where + ": choices").forEach((k, v) -> choices.put(String.valueOf(k), String.valueOf(v)));
            Course.Question question = new Course.Question(text(q, "id", where), text(q, "question", where), choices,
                    text(q, "answer", where), text(q, "explanation", where));
            if (choices.size() < 2 || !choices.containsKey(question.answer())) {
                throw new IllegalStateException(where + " question " + question.id() + ": needs two choices or more, one of them the answer");
            }
            quiz.add(question);
        }
        if (quiz.isEmpty()) {
            throw new IllegalStateException(where + ": every module ends in a quiz");
        }
        return new Course.Module(id, text(node, "title", where), texts(node.get("sources"), where + ": sources"),
                Boolean.TRUE.equals(node.get("legalReview")), texts(node.get("text"), where + ": text"), quiz);
    }

    /** Every language: the same modules in the same order, the same questions, choice keys and right answers. */
    static void checkSameShape(Map<String, Course> byLanguage) {
        List<String> shapes = byLanguage.values().stream().map(c -> c.modules().stream()
                .map(m -> m.id() + m.quiz().stream().map(q -> q.id() + q.choices().keySet() + q.answer()).toList()).toList().toString())
                .distinct().toList();
        if (shapes.size() != 1) {
            throw new IllegalStateException("the languages of the course differ in modules, questions or answers: " + byLanguage.keySet());
        }
    }

    private static Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalStateException(where + " must be a mapping");
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalStateException(where + " must be a list");
    }

    private static List<String> texts(Object value, String where) {
        List<String> texts = list(value, where).stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        if (texts.isEmpty()) {
            throw new IllegalStateException(where + " must not be empty");
        }
        return texts;
    }

    private static String text(Map<?, ?> node, String key, String where) {
        Object value = node.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException(where + ": " + key + " is required");
        }
        return String.valueOf(value).trim();
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
