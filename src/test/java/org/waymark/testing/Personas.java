package org.waymark.testing;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.waymark.catalogue.model.Answer;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.catalogue.model.Question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The blind-test personas ({@code src/test/resources/personas/}): each person's story, the outcome range written
 * before any answer, and the answers a reviewer gave blind to the words of each question. Each stored answer
 * carries a hash of the words answered, so a reworded question shows up as a stale answer, by name.
 */
public final class Personas {

    public static final Path FOLDER = Path.of("src/test/resources/personas");
    /** The start-form question the reviewer answered for a person of unknown age, as the officer. */
    public static final String POSSIBLY_MINOR_QUESTION = "Officer: are there signs that this person may be under 18 (looks, says so, documents)?";

    private Personas() {
    }

    /** What the rules should conclude: it must, it must not, or either is defensible. */
    public enum Expect {
        YES, NO, EITHER;

        public boolean allows(boolean indicated) {
            return this == EITHER || (this == YES) == indicated;
        }
    }

    /** An answer as given, and the hash of the words it answered. */
    public record StoredAnswer(Answer answer, String textHash) {
    }

    /** One persona with its expected range and its blind answers. */
    public record Persona(String id, String group, String language, String ageBand, String exploitation, String sector, boolean clear,
                          Expect trafficking, Expect forcedLabour, List<String> risk, StoredAnswer possiblyMinor,
                          Map<String, StoredAnswer> answers) {

        /** A lawful or non-exploited person: trafficking, forced labour or risk HIGH would be a false positive. */
        public boolean unexploited() {
            return trafficking == Expect.NO && forcedLabour == Expect.NO && !risk.contains("HIGH");
        }

        /** The questions whose words changed since they were answered (or that were never answered). */
        public List<String> staleAnswers(Catalogue catalogue, Iterable<String> asked) {
            List<String> stale = new ArrayList<>();
            for (String id : asked) {
                StoredAnswer stored = answers.get(id);
                if (stored == null || !stored.textHash().equals(hash(wordsAnswered(catalogue, id, language)))) {
                    stale.add(id);
                }
            }
            return stale;
        }
    }

    /** What a walk concluded, as the API and the engine both report it. */
    public record Result(boolean trafficking, boolean forcedLabour, String risk, List<String> outcomes) {
    }

    /**
     * Why a result is outside the persona's range, or null when it is inside. The full interview must meet the whole
     * range. The triage (at most 12 questions) must never raise what the range rules out (no false positive), and for
     * a clear case of trafficking or forced labour it must send the person on: risk HIGH, or a presumed victim who
     * needs the second-line interview; the full interview then decides.
     */
    public static String outsideRange(Persona persona, String checklist, Result result) {
        List<String> reasons = new ArrayList<>();
        if (persona.trafficking() == Expect.NO && result.trafficking() || persona.forcedLabour() == Expect.NO && result.forcedLabour()) {
            reasons.add("false positive: trafficking " + result.trafficking() + ", forced labour " + result.forcedLabour());
        }
        if (!persona.risk().contains("HIGH") && "HIGH".equals(result.risk())) {
            reasons.add("false positive: risk HIGH (expected " + persona.risk() + ")");
        }
        if ("triage".equals(checklist)) {
            boolean positive = persona.trafficking() == Expect.YES || persona.forcedLabour() == Expect.YES;
            if (persona.clear() && positive && !"HIGH".equals(result.risk()) && !result.outcomes().contains("PRESUMED_NEEDS_SECOND_LINE")) {
                reasons.add("missed: risk " + result.risk() + " and not sent to the second-line interview");
            }
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }
        if (!persona.trafficking().allows(result.trafficking())) {
            reasons.add("trafficking " + result.trafficking() + " (expected " + persona.trafficking() + ")");
        }
        if (!persona.forcedLabour().allows(result.forcedLabour())) {
            reasons.add("forced labour " + result.forcedLabour() + " (expected " + persona.forcedLabour() + ")");
        }
        if (!persona.risk().contains(result.risk())) {
            reasons.add("risk " + result.risk() + " (expected " + persona.risk() + ")");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons.stream().distinct().toList());
    }

    /** The words the reviewer answered: the person's question in their language, or an observation's prompt in English. */
    public static String wordsAnswered(Catalogue catalogue, String questionId, String language) {
        Question question = catalogue.question(questionId).orElseThrow();
        var texts = question.audience() == Question.Audience.OFFICER ? catalogue.texts().get("en").questions().get(questionId)
                : catalogue.texts().get(language).questions().get(questionId);
        return question.audience() == Question.Audience.OFFICER ? texts.prompt().orElseThrow() : texts.questions().get(0);
    }

    public static String hash(String words) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Persona> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Personas::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Persona read(Path file) {
        Map<String, Object> persona = load(file);
        Path answersFile = FOLDER.resolve("answers").resolve(file.getFileName());
        Map<String, Object> answered = Files.exists(answersFile) ? load(answersFile) : Map.of();
        Map<String, Object> start = (Map<String, Object>) persona.get("start");
        Map<String, Object> expected = (Map<String, Object>) persona.get("expected");
        Map<String, StoredAnswer> answers = new LinkedHashMap<>();
        ((Map<String, Object>) answered.getOrDefault("answers", Map.of())).forEach((id, value) -> answers.put(id, stored(value)));
        return new Persona((String) persona.get("id"), (String) persona.get("group"), (String) persona.get("language"),
                (String) start.get("ageBand"), (String) start.get("exploitation"), (String) start.get("sector"),
                Boolean.TRUE.equals(expected.get("clear")), Expect.valueOf((String) expected.get("trafficking")),
                Expect.valueOf((String) expected.get("forcedLabour")), List.copyOf((List<String>) expected.get("risk")),
                answered.containsKey("possiblyMinor") ? stored(answered.get("possiblyMinor")) : null, answers);
    }

    @SuppressWarnings("unchecked")
    private static StoredAnswer stored(Object value) {
        Map<String, Object> map = (Map<String, Object>) value;
        return new StoredAnswer(Answer.valueOf((String) map.get("answer")), (String) map.get("text"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) {
        try {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
