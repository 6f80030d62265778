package org.waymark.screening;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.waymark.catalogue.CatalogueLibrary;
import org.waymark.catalogue.model.Catalogue;
import org.waymark.crypto.PersonalDataCipher;
import org.waymark.identity.security.CurrentUser;
import org.waymark.screening.persistence.ScreeningRow;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request to start a screening becomes: its checks against the catalogue and the rules, its hash, its new row;
 * and the sealing of changed start details.
 */
@Singleton
class StartRequests {

    private final CatalogueLibrary catalogues;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    StartRequests(CatalogueLibrary catalogues, PersonalDataCipher cipher, JsonMapper json, Clock clock) {
        this.catalogues = catalogues;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /** The catalogue version the start names, if the start is one the catalogue and the {@link Screening} rules allow. */
    Catalogue catalogueFor(StartScreening command) {
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
        problems.addAll(Screening.startRefusals(command, today()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return catalogue;
    }

    /** The new screening to store: in progress, its person sealed under a new data key, its profile by {@link Minority}. */
    ScreeningRow newRow(CurrentUser officer, StartScreening command, Catalogue catalogue, String hash) {
        PersonalData person = command.person() == null ? PersonalData.none() : command.person();
        Minority minority = Screening.minorityAtStart(command, today());
        byte[] recordId = ScreeningReader.recordId(command.id());
        PersonalDataCipher.DataKey key = cipher.newDataKey(recordId);
        try {
            byte[] sealed = cipher.encrypt(key, json.writeValueAsBytes(person), recordId);
            var now = clock.instant();
            return new ScreeningRow(command.id(), hash, officer.unitId(), officer.id(), catalogue.id(), catalogue.version(), command.checklist(),
                    minority.profile(command.exploitation()), command.intervieweeLanguage(), command.interpreterPresent(), command.interpreterLanguage(),
                    command.placeType().name(), ScreeningStatus.IN_PROGRESS, 0, now, now, null, null,
                    command.ageBand().name(), command.sex().name(), command.nationality(), key.wrapped(), sealed, null, null,
                    command.training(), command.sector() == null ? null : command.sector().name(), minority.presumed(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            java.util.Arrays.fill(key.key(), (byte) 0);
        }
    }

    /** The person sealed as at start, but under the screening's existing data key (what else it sealed stays readable), in base64. */
    String sealedBase64(ScreeningRow row, PersonalData person) {
        byte[] recordId = ScreeningReader.recordId(row.id());
        PersonalDataCipher.DataKey key = cipher.unwrap(row.wrappedKey(), recordId);
        try {
            return java.util.Base64.getEncoder().encodeToString(cipher.encrypt(key, json.writeValueAsBytes(person == null ? PersonalData.none() : person),
                    recordId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            java.util.Arrays.fill(key.key(), (byte) 0);
        }
    }

    /** Whether the person is a minor by {@link Minority}'s rule, judged today. */
    Minority minority(StartScreening command) {
        return Screening.minorityAtStart(command, today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** SHA-256 of the request without its personal data: nothing derived from the person is stored or compared. */
    String hash(StartScreening command) {
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
