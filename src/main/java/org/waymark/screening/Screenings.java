package org.waymark.screening;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import org.waymark.audit.AuditAction;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ReadPurposeRow;
import org.waymark.screening.persistence.ReadPurposeRows;
import org.waymark.catalogue.model.Answer;
import org.waymark.screening.persistence.AnswerRow;
import org.waymark.screening.persistence.AnswerRows;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.screening.persistence.ScreeningRows;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Starting screenings (idempotent under the client's id), listing a unit's screenings, reading one. */
@Singleton
public class Screenings {

    private final ScreeningRows rows;
    private final ScreeningWriter writer;
    private final ScreeningAudit audit;
    private final ScreeningReader reader;
    private final RecentScreenings recent;
    private final AnswerRows answers;
    private final CatalogueLibrary catalogues;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final Clock clock;
    private final CaseTexts texts;
    private final ReadPurposeRows readPurposes;

    Screenings(ScreeningRows rows, ScreeningWriter writer, ScreeningAudit audit, ScreeningReader reader, RecentScreenings recent,
               AnswerRows answers, CatalogueLibrary catalogues, PersonalDataCipher cipher, JsonMapper json, Clock clock, CaseTexts texts,
               ReadPurposeRows readPurposes) {
        this.texts = texts;
        this.readPurposes = readPurposes;
        this.answers = answers;
        this.rows = rows;
        this.writer = writer;
        this.audit = audit;
        this.reader = reader;
        this.recent = recent;
        this.catalogues = catalogues;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Starts a screening in the officer's unit. The same request again returns the same screening, without its
     * personal data; the same id with a different request is a conflict and changes nothing. "The same" is judged on
     * the request's non-personal fields only ({@link #hash}), so neither the stored hash nor the answer to a retry can
     * be used to test a guess at the person's name, birth date or document.
     */
    public StartResult start(CurrentUser officer, StartScreening command) {
        Catalogue catalogue = catalogueFor(command);
        String hash = hash(command);
        var existing = rows.findById(command.id());
        if (existing.isPresent()) {
            return replay(officer, existing.get(), hash);
        }
        try {
            ScreeningRow row = newRow(officer, command, catalogue, hash);
            ScreeningView created = writer.insert(officer, row);
            recent.remember(ScreeningSnapshot.of(row, Map.of())); // committed: its first answer needs no read
            return new StartResult(created, true);
        } catch (DataAccessException raced) {
            // a concurrent retry of the same create inserted first, or another unit's screening has this id (invisible here)
            return replay(officer, rows.findById(command.id()).orElseThrow(() -> idInUse()), hash);
        }
    }

    /** The unit's screenings, newest first, each with its reference and risk level; nothing is decrypted for it. */
    public List<ScreeningView.Summary> list(CurrentUser officer) {
        Map<UUID, Map<String, Answer>> answered = new HashMap<>();
        for (AnswerRow answer : answers.findByUnit(officer.unitId())) {
            answered.computeIfAbsent(answer.screeningId(), id -> new LinkedHashMap<>()).put(answer.questionId(), Answer.valueOf(answer.answer()));
        }
        return rows.findByUnitIdOrderByCreatedAtDesc(officer.unitId()).stream()
                .map(r -> new ScreeningView.Summary(r.id(), ScreeningStatus.valueOf(r.status()), r.version(), r.checklistId(), r.profile(),
                        r.createdAt(), r.completedAt(), r.training(), ScreeningReference.of(r.id(), r.createdAt()),
                        reader.assess(r, answered.getOrDefault(r.id(), Map.of())).riskLevel()))
                .toList();
    }

    /** Reads a screening of the officer's unit, personal data included; the read is audited. */
    @Transactional
    public ScreeningView view(CurrentUser officer, UUID id) {
        ScreeningView view = reader.view(reader.row(id, officer.unitId()));
        audit.record(officer, AuditAction.READ, id, "screening");
        return view;
    }

    /**
     * Reads a screening for an officer who asked for it directly. Within the walk-through — the officer who conducts
     * it, while it is in progress or within a day of its completion — no reason is needed; any other read of
     * personal data (a colleague, or later) needs a stated purpose, which the audit entry keeps.
     */
    @Transactional
    public ScreeningView read(CurrentUser officer, UUID id, String purpose) {
        ScreeningRow row = reader.row(id, officer.unitId());
        boolean inWalkthrough = row.officerId().equals(officer.id()) && (row.completedAt() == null
                || row.completedAt().isAfter(clock.instant().minus(WALKTHROUGH_GRACE)));
        String reason = purpose == null ? null : purpose.strip();
        if (!inWalkthrough && (reason == null || reason.length() < 3)) {
            throw InvalidInputException.of("purpose", "is required to read a screening outside its walk-through (at least 3 characters)");
        }
        ScreeningView view = reader.view(row);
        audit.record(officer, AuditAction.READ, id, inWalkthrough ? "screening" : statedPurpose(row, reason));
        return view;
    }

    /**
     * Keeps a stated purpose out of the audit chain: the chain is append-only and hash-linked, so whatever it holds
     * outlives the purge. The words are sealed under the screening's data key in {@code read_purpose}; the audit entry
     * holds only the category and that row's id ({@code outside walk-through: stated purpose <id>}), which is what the
     * chain hashes. The purge deletes the row and destroys the key; the entry, and so the chain, stay as they were and
     * verify. The auditor reads the words, while they exist, with {@link #readPurposes}.
     */
    private String statedPurpose(ScreeningRow row, String reason) {
        UUID statementId = UUID.randomUUID();
        readPurposes.save(new ReadPurposeRow(statementId, row.id(), texts.seal(row, readPurposeField(statementId), reason), clock.instant()));
        return STATED_PURPOSE + statementId;
    }

    /** How an audit entry names a stated purpose kept in {@code read_purpose}. */
    public static final String STATED_PURPOSE = "outside walk-through: stated purpose ";

    private static String readPurposeField(UUID statementId) {
        return "readPurpose/" + statementId;
    }

    /** The purposes stated to read a screening, for the auditor, while the screening lives; the auditor's read is audited. */
    @Transactional
    public List<StatedPurpose> readPurposes(CurrentUser auditor, UUID id) {
        ScreeningRow row = rows.findById(id).orElseThrow(() -> new org.waymark.shared.NotFoundException("The screening"));
        List<StatedPurpose> stated = readPurposes.findByScreeningIdOrderByStatedAt(id).stream()
                .map(p -> new StatedPurpose(STATED_PURPOSE + p.id(), texts.open(row, readPurposeField(p.id()), p.sealed()), p.statedAt()))
                .toList();
        audit.record(auditor, AuditAction.READ, id, "stated read purposes");
        return stated;
    }

    /** A stated purpose: the audit entry's purpose that names it, the words, when. */
    @io.micronaut.serde.annotation.Serdeable
    public record StatedPurpose(String auditPurpose, String purpose, java.time.Instant statedAt) {
    }

    /** How long after completion the conducting officer may still read a screening without stating why. */
    static final java.time.Duration WALKTHROUGH_GRACE = java.time.Duration.ofHours(24);

    /** The live (or, once completed, final) assessment alone: no personal data is decrypted for it. */
    public org.waymark.scoring.Assessment assessment(CurrentUser officer, UUID id) {
        ScreeningRow row = reader.row(id, officer.unitId());
        return reader.assess(row, reader.answersOf(id));
    }

    /**
     * Discards a screening opened by mistake, before anything was recorded in it: the row goes, and with it the data
     * key and the encrypted personal data. The audit entry keeps the officer, the screening id and the chosen reason.
     * After the first answer (or a consent, a hold, a completion) it is refused: the record then has to stay.
     */
    @Transactional
    public void discard(CurrentUser officer, UUID id, DiscardReason reason) {
        ScreeningRow row = reader.rowForChange(id, officer.unitId());
        if (rows.deleteUnrecorded(id, officer.unitId()) == 0) {
            throw new ConflictException("screening.has-answers", "Only a screening in which nothing was recorded yet can be discarded.",
                    reader.state(row));
        }
        recent.forget(id);
        audit.record(officer, AuditAction.PURGE, id, "discarded before the first answer: " + reason.name());
    }

    /** The reference an officer quotes for a screening ({@link ScreeningReference}). Reads no personal data. */
    public String reference(CurrentUser officer, UUID id) {
        ScreeningRow row = reader.row(id, officer.unitId());
        return ScreeningReference.of(row.id(), row.createdAt());
    }

    /** The screening and whether this call created it. */
    public record StartResult(ScreeningView screening, boolean created) {
    }

    private StartResult replay(CurrentUser officer, ScreeningRow existing, String hash) {
        if (!existing.unitId().equals(officer.unitId()) || !existing.requestHash().equals(hash)) {
            throw idInUse();
        }
        return new StartResult(withoutPersonalData(reader.view(existing)), false);
    }

    private static ConflictException idInUse() {
        return new ConflictException("screening.id-in-use", "This screening id was already used for a different request.");
    }

    /** What a retried start answers with: the screening as stored, but nothing that would need an audited read. */
    private static ScreeningView withoutPersonalData(ScreeningView view) {
        return new ScreeningView(view.id(), view.status(), view.version(), view.unitId(), view.catalogue(), view.checklist(), view.profile(),
                view.intervieweeLanguage(), view.interpreterPresent(), view.interpreterLanguage(), view.placeType(), view.ageBand(), view.sex(),
                view.nationality(), view.sector(), PersonalData.none(),
                view.answers().stream().map(a -> new ScreeningView.AnswerView(a.questionId(), a.answer(), null, a.answeredAt())).toList(),
                view.consents().stream().map(c -> new ScreeningView.ConsentView(c.purpose(), c.status(), c.told(), null, c.recordedAt())).toList(),
                view.assessment(), view.createdAt(), view.completedAt(), null, view.purgedAt(), view.training());
    }

    private Catalogue catalogueFor(StartScreening command) {
        Catalogue catalogue = (command.catalogueVersion() == null ? catalogues.latest(command.catalogue())
                : catalogues.find(command.catalogue(), command.catalogueVersion()))
                .orElseThrow(() -> InvalidInputException.of(command.catalogueVersion() == null ? "catalogue" : "catalogueVersion",
                        "is not a published catalogue version"));
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        if (catalogue.checklist(command.checklist()).isEmpty()) {
            problems.add(new InvalidInputException.Violation("checklist", "is not a checklist of " + catalogue.reference()));
        }
        if (!catalogue.intervieweeLanguages().contains(command.intervieweeLanguage())) {
            problems.add(new InvalidInputException.Violation("intervieweeLanguage", "is not one of " + catalogue.intervieweeLanguages()));
        }
        if (Boolean.TRUE.equals(command.possiblyMinor()) && command.ageBand() != AgeBand.UNKNOWN) {
            problems.add(new InvalidInputException.Violation("possiblyMinor", "is only for when the age band is UNKNOWN"));
        }
        if (command.nationality() != null && !ISO_COUNTRIES.contains(command.nationality())) {
            problems.add(new InvalidInputException.Violation("nationality", "is not an ISO 3166 two-letter country code"));
        }
        LocalDate dateOfBirth = command.person() == null ? null : command.person().dateOfBirth();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            problems.add(new InvalidInputException.Violation("person.dateOfBirth", "is in the future"));
        } else if (dateOfBirth != null && command.ageBand() != null && !command.ageBand().admits(Period.between(dateOfBirth, today).getYears())) {
            problems.add(new InvalidInputException.Violation("person.dateOfBirth", "gives an age outside the age band " + command.ageBand()));
        }
        if (command.interpreterPresent() == (command.interpreterLanguage() == null)) {
            problems.add(new InvalidInputException.Violation("interpreterLanguage", command.interpreterPresent()
                    ? "is required when an interpreter is present" : "is only for when an interpreter is present"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return catalogue;
    }

    /** The ISO 3166-1 alpha-2 codes a nationality may take. */
    public static final java.util.Set<String> ISO_COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    private ScreeningRow newRow(CurrentUser officer, StartScreening command, Catalogue catalogue, String hash) {
        PersonalData person = command.person() == null ? PersonalData.none() : command.person();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean presumed = ProfileChoice.minorPresumed(command.ageBand(), person.dateOfBirth(), Boolean.TRUE.equals(command.possiblyMinor()));
        String profile = ProfileChoice.profile(command.exploitation(), presumed || ProfileChoice.isMinor(command.ageBand(), person.dateOfBirth(), today));
        byte[] recordId = ScreeningReader.recordId(command.id());
        PersonalDataCipher.DataKey key = cipher.newDataKey(recordId);
        try {
            byte[] sealed = cipher.encrypt(key, json.writeValueAsBytes(person), recordId);
            var now = clock.instant();
            return new ScreeningRow(command.id(), hash, officer.unitId(), officer.id(), catalogue.id(), catalogue.version(), command.checklist(),
                    profile, command.intervieweeLanguage(), command.interpreterPresent(), command.interpreterLanguage(),
                    command.placeType().name(), ScreeningStatus.IN_PROGRESS.name(), 0, now, now, null, null,
                    command.ageBand().name(), command.sex().name(), command.nationality(), key.wrapped(), sealed, null, null,
                    command.training(), command.sector() == null ? null : command.sector().name(), presumed, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            java.util.Arrays.fill(key.key(), (byte) 0);
        }
    }

    /** SHA-256 of the request without its personal data: nothing derived from the person is stored or compared. */
    private String hash(StartScreening command) {
        StartScreening c = command;
        StartScreening withoutPerson = new StartScreening(c.id(), c.catalogue(), c.catalogueVersion(), c.checklist(), c.intervieweeLanguage(),
                c.interpreterPresent(), c.interpreterLanguage(), c.placeType(), c.exploitation(), c.ageBand(), c.sex(), c.nationality(),
                c.sector(), c.possiblyMinor(), null, c.training());
        try {
            return Sha256.hex(json.writeValueAsBytes(withoutPerson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
