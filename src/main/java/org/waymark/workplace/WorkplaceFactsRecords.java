package org.waymark.workplace;

import io.micronaut.context.BeanProvider;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.waymark.audit.AuditAction;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.CaseTexts;
import org.waymark.screening.PracticeScripts;
import org.waymark.screening.ScreeningAudit;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.workplace.persistence.WorkplaceFactsRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records and reads the workplace facts of a screening of the officer's unit. The facts are sealed under the
 * screening's data key ({@link CaseTexts}) and go with it at the purge; every recording and every read is audited with
 * its purpose.
 */
@Singleton
public class WorkplaceFactsRecords {

    /** Where (for {@link CaseTexts}) the facts are sealed. */
    static final String WHERE = "workplaceFacts";

    private final WorkplaceFactsRows rows;
    private final CaseTexts texts;
    private final JsonMapper json;
    private final ScreeningAudit audit;
    private final Clock clock;
    private final BeanProvider<PracticeScripts> practice;

    WorkplaceFactsRecords(WorkplaceFactsRows rows, CaseTexts texts, JsonMapper json, ScreeningAudit audit, Clock clock,
                          BeanProvider<PracticeScripts> practice) {
        this.practice = practice;
        this.rows = rows;
        this.texts = texts;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why the facts are read; the audit entry names it. */
    public enum Purpose {
        RECORDING("workplace facts: recording"),
        REFERRAL("workplace facts: referral packet"),
        ANONYMOUS_WARNINGS("workplace facts: anonymous-notification warnings before referring");

        private final String audited;

        Purpose(String audited) {
            this.audited = audited;
        }
    }

    /** The facts as recorded (none when nothing was), and what an anonymous notification would leave out of them. */
    @Serdeable
    public record Recorded(boolean recorded, WorkplaceFacts facts, List<AnonymousNotification.Warning> anonymousWarnings) {
    }

    @Transactional
    public Recorded record(CurrentUser officer, UUID screeningId, WorkplaceFacts given) {
        ownScreening(officer, screeningId);
        String typed = given.firstTyped();
        practice.get().refuseTyped(officer, screeningId, typed, typed != null); // practice keeps no typed text
        WorkplaceFacts facts = WorkplaceFactsCheck.checked(given);
        rows.upsert(screeningId, texts.seal(screeningId, WHERE, write(facts)), officer.id(), clock.instant());
        audit.record(officer, AuditAction.UPDATE, screeningId, "workplace facts recorded");
        return new Recorded(true, facts, AnonymousNotification.of(facts).warnings());
    }

    /** What recording these facts would refuse (each field and why), recording nothing: for a form refused for other reasons too. */
    public List<InvalidInputException.Violation> problems(WorkplaceFacts given) {
        try {
            WorkplaceFactsCheck.checked(given);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    @Transactional
    public Recorded read(CurrentUser officer, UUID screeningId, Purpose purpose) {
        ownScreening(officer, screeningId);
        String sealed = rows.findById(screeningId).map(row -> texts.open(screeningId, WHERE, row.sealed())).orElse(null);
        audit.record(officer, AuditAction.READ, screeningId, purpose.audited);
        WorkplaceFacts facts = sealed == null ? WorkplaceFacts.none() : parse(sealed);
        return new Recorded(sealed != null, facts, AnonymousNotification.of(facts).warnings());
    }

    private void ownScreening(CurrentUser officer, UUID screeningId) {
        if (officer.unitId() == null || !rows.screeningOfUnit(screeningId, officer.unitId())) {
            throw new NotFoundException("screening");
        }
    }

    private String write(WorkplaceFacts facts) {
        try {
            return new String(json.writeValueAsBytes(facts), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WorkplaceFacts parse(String sealed) {
        try {
            return json.readValue(sealed, WorkplaceFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
