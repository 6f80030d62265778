package org.waymark.screening;

import org.waymark.catalogue.model.Answer;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.InvalidInputException.Violation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A screening as its rules see it, and the one place where they are decided: starting, recording an answer,
 * completing, reopening with a reason, changing the start details before the first answer, discarding, consenting, placing and releasing a legal hold. Each verb refuses
 * what is not allowed with a named reason — a conflict with its code and the current state, or the field and why — and
 * otherwise says what to write. Holds no personal data (answers are codes). The application services load it, ask it
 * and persist; the database statements check the version and status again, so a change made meanwhile still refuses.
 */
public final class Screening {

    /** The ISO 3166-1 alpha-2 codes a nationality may take. */
    public static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    static final int MINIMUM_REASON_LENGTH = 10;
    private static final Set<ToldItem> REQUIRED_FOR_CONSENT = EnumSet.of(ToldItem.PURPOSE, ToldItem.DATA_USE, ToldItem.RETENTION,
            ToldItem.RIGHT_OF_ACCESS, ToldItem.WITHDRAWAL);

    private final UUID id;
    private final long version;
    private final ScreeningStatus status;
    private final Minority minority;
    private final boolean purged;
    private final Map<String, Answer> answers;

    /** A stored screening: {@code purged} once its personal data (and data key) were erased under the retention rules. */
    public Screening(UUID id, long version, ScreeningStatus status, Minority minority, boolean purged, Map<String, Answer> answers) {
        this.id = id;
        this.version = version;
        this.status = status;
        this.minority = minority;
        this.purged = purged;
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** What recording an answer comes to: nothing, since the same answer is on record (a retry), or a write. */
    public enum Answering { ALREADY_RECORDED, WRITE }

    /** What completing comes to: nothing, since this completion already happened (a retry), or a write. */
    public enum Completing { ALREADY_COMPLETED, WRITE }

    /**
     * The start details the rules refuse, beyond those about the catalogue: signs of minority only with an unknown age
     * band, a known country, a date of birth not in the future and inside the age band, an interpreter's language
     * exactly when an interpreter is present.
     */
    static List<Violation> startRefusals(StartScreening command, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(command.possiblyMinor()) && command.ageBand() != AgeBand.UNKNOWN) {
            problems.add(new Violation("possiblyMinor", "is only for when the age band is UNKNOWN"));
        }
        if (command.nationality() != null && !ISO_COUNTRIES.contains(command.nationality())) {
            problems.add(new Violation("nationality", "is not an ISO 3166 two-letter country code"));
        }
        LocalDate dateOfBirth = command.person() == null ? null : command.person().dateOfBirth();
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            problems.add(new Violation("person.dateOfBirth", "is in the future"));
        } else if (dateOfBirth != null && command.ageBand() != null && !command.ageBand().admits(Period.between(dateOfBirth, today).getYears())) {
            problems.add(new Violation("person.dateOfBirth", "gives an age outside the age band " + command.ageBand()));
        }
        if (command.interpreterPresent() == (command.interpreterLanguage() == null)) {
            problems.add(new Violation("interpreterLanguage", command.interpreterPresent()
                    ? "is required when an interpreter is present" : "is only for when an interpreter is present"));
        }
        return problems;
    }

    /** Whether the person to be screened is a minor, by {@link Minority}'s rule, on the day the screening starts. */
    static Minority minorityAtStart(StartScreening command, LocalDate today) {
        LocalDate dateOfBirth = command.person() == null ? null : command.person().dateOfBirth();
        return Minority.at(command.ageBand(), dateOfBirth, Boolean.TRUE.equals(command.possiblyMinor()), today);
    }

    /** Refuses any change once the personal data was purged: the data key is gone. */
    public void requireChangeable() {
        if (purged) {
            throw new ConflictException("screening.purged", "The screening's personal data was purged under the retention rules; it can no longer change.");
        }
    }

    /**
     * Records {@code answer} to {@code questionId} at the client's {@code expectedVersion}: refused once completed (reopen
     * first) or at a stale version; the same answer with the same note again ({@code sameNote} is asked only then) is a
     * retry that changes nothing, whatever the version.
     */
    public Answering recordAnswer(String questionId, Answer answer, long expectedVersion, BooleanSupplier sameNote) {
        requireChangeable();
        if (status == ScreeningStatus.COMPLETED) {
            throw new ConflictException("screening.completed", "The screening is completed; reopen it with a reason to change answers.", state());
        }
        if (answers.get(questionId) == answer && sameNote.getAsBoolean()) {
            return Answering.ALREADY_RECORDED;
        }
        if (version != expectedVersion) {
            throw changedSince(expectedVersion, "nothing was saved");
        }
        return Answering.WRITE;
    }

    /** Completes at {@code expectedVersion}; a completion retried after it succeeded ({@code expectedVersion + 1}) is no new one. */
    public Completing complete(long expectedVersion) {
        requireChangeable();
        if (status == ScreeningStatus.COMPLETED) {
            if (version == expectedVersion + 1) {
                return Completing.ALREADY_COMPLETED;
            }
            throw new ConflictException("screening.completed", "The screening is already completed.", state());
        }
        if (version != expectedVersion) {
            throw changedSince(expectedVersion, "it was not completed");
        }
        return Completing.WRITE;
    }

    /** Reopens a completed screening; needs a reason of at least {@value #MINIMUM_REASON_LENGTH} characters, which it returns stripped. */
    public String reopen(String reason) {
        requireChangeable();
        if (reason == null || reason.strip().length() < MINIMUM_REASON_LENGTH) {
            throw InvalidInputException.of("reason", "must say why, in at least " + MINIMUM_REASON_LENGTH + " characters");
        }
        if (status != ScreeningStatus.COMPLETED) {
            throw notCompleted();
        }
        return reason.strip();
    }

    /** The refusal to reopen a screening that is not completed (also when it was reopened meanwhile). */
    public ConflictException notCompleted() {
        return new ConflictException("screening.not-completed", "Only a completed screening can be reopened.", state());
    }

    /**
     * Allows changing the start details at {@code expectedVersion} only before the first answer: the answers were
     * asked of the checklist and profile the start details chose.
     */
    public void changeStartDetails(long expectedVersion) {
        requireChangeable();
        if (status != ScreeningStatus.IN_PROGRESS || !answers.isEmpty()) {
            throw answered();
        }
        if (version != expectedVersion) {
            throw changedSince(expectedVersion, "nothing was changed");
        }
    }

    /** The refusal to change the start details once an answer was recorded (also when one was saved meanwhile). */
    public ConflictException answered() {
        return new ConflictException("screening.answered", "The start details can be changed only before the first answer.", state());
    }

    /** Allows discarding only a screening in which nothing was recorded: in progress and without answers. */
    public void discard() {
        requireChangeable();
        if (status != ScreeningStatus.IN_PROGRESS || !answers.isEmpty()) {
            throw hasRecords();
        }
    }

    /** The refusal to discard (also when the database finds a consent, hold, referral or stated purpose recorded). */
    public ConflictException hasRecords() {
        return new ConflictException("screening.has-answers", "Only a screening in which nothing was recorded yet can be discarded.", state());
    }

    /**
     * Allows a consent, before or after completion (consent is not an answer): given counts only when everything
     * required was told, and for a minor only with who consented on the child's behalf.
     */
    public void consent(RecordConsent command) {
        requireChangeable();
        if (command.status() != ConsentStatus.GIVEN) {
            return;
        }
        Set<ToldItem> required = EnumSet.copyOf(REQUIRED_FOR_CONSENT);
        if (command.purpose() == ConsentPurpose.RESEARCH) {
            required.add(ToldItem.RESEARCH_USE);
        }
        if (!command.told().containsAll(required)) {
            throw InvalidInputException.of("told", "consent counts only when the person was told: "
                    + required.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        if (minority.isMinor() && (command.representative() == null || command.representative().isBlank())) {
            throw InvalidInputException.of("representative", "is required for a minor: who consented on the child's behalf");
        }
    }

    /** Allows a legal hold unless the personal data is already erased or a hold is in place ({@code held}). */
    public void placeHold(boolean held) {
        if (purged) {
            throw new ConflictException("screening.purged", "This screening's personal data was already erased under the retention rules.");
        }
        if (held) {
            throw new ConflictException("screening.already-held", "This screening is already under a legal hold.");
        }
    }

    /** Allows releasing the hold in place ({@code held}); a purged screening never was held. */
    public void releaseHold(boolean held) {
        if (purged || !held) {
            throw notHeld();
        }
    }

    /** The refusal to release a hold that is not in place (also when it was released meanwhile). */
    public ConflictException notHeld() {
        return new ConflictException("screening.not-held", "This screening is not under a legal hold.");
    }

    /** The refusal of a change made at a version that is no longer current; {@code outcome} says what did not happen. */
    public ConflictException changedSince(long expectedVersion, String outcome) {
        return new ConflictException("screening.stale-version", "The screening changed since version " + expectedVersion + "; " + outcome + ".",
                state());
    }

    /** The state a conflict carries, so the client can merge: no personal data, so it needs no read audit. */
    public ScreeningState state() {
        Map<String, String> codes = new LinkedHashMap<>();
        answers.forEach((question, answer) -> codes.put(question, answer.name()));
        return new ScreeningState(id, version, status, codes);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ScreeningStatus status() {
        return status;
    }

    public Minority minority() {
        return minority;
    }

    /** The answers as codes, in the order they were given. */
    public Map<String, Answer> answers() {
        return answers;
    }

    @Override
    public String toString() {
        return "Screening[" + id + ", " + status + ", v" + version + "]";
    }
}
