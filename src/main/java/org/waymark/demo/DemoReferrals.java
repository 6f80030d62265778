package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.catalogue.model.Answer;
import org.waymark.identity.Organisations;
import org.waymark.identity.PlaceType;
import org.waymark.identity.security.CurrentUser;
import org.waymark.referral.CreateReferral;
import org.waymark.referral.Referrals;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Completion;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.Exploitation;
import org.waymark.screening.PersonalData;
import org.waymark.screening.RecordAnswer;
import org.waymark.screening.RecordConsent;
import org.waymark.screening.Screenings;
import org.waymark.screening.Sector;
import org.waymark.screening.Sex;
import org.waymark.screening.StartScreening;
import org.waymark.screening.ToldItem;
import org.waymark.screening.Walkthrough;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Demo mode only: one completed screening of a fictional person, referred once to the demo NGO (OpenPGP, in
 * Polish) and once to the demo labour inspectorate (X.509, in English), so that the partners' inboxes hold a
 * packet to open with gpg, openssl or open-packet right after the first start. Made once.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
@Requires(property = "waymark.demo.referrals", notEquals = "false")
@Order(200) // after the demo partners have keys
class DemoReferrals {

    static final UUID SCREENING = stableId("demo-referral-screening");
    static final UUID TO_NGO = stableId("demo-referral-ngo");
    static final UUID TO_INSPECTORATE = stableId("demo-referral-inspectorate");
    /** The demo person's answers to the triage of catalogue 2.0.0, as she gave them (the catalogue says what each counts as). */
    private static final Map<String, Answer> ANSWERS = answers();
    private static final Logger LOG = LoggerFactory.getLogger(DemoReferrals.class);

    private final Screenings screenings;
    private final Walkthrough walkthrough;
    private final Completion completion;
    private final Referrals referrals;
    private final DemoIdentity identity;
    private final Organisations organisations;
    private final java.time.Clock clock;

    DemoReferrals(Screenings screenings, Walkthrough walkthrough, Completion completion, Referrals referrals,
                  DemoIdentity identity, Organisations organisations, java.time.Clock clock) {
        this.clock = clock;
        this.screenings = screenings;
        this.walkthrough = walkthrough;
        this.completion = completion;
        this.referrals = referrals;
        this.identity = identity;
        this.organisations = organisations;
    }

    @EventListener
    void seed(StartupEvent event) {
        Optional<CurrentUser> account = identity.actingAs("officer.airport");
        if (account.isEmpty() || !referrals.ofScreening(account.get(), SCREENING).isEmpty()) {
            return;
        }
        CurrentUser officer = account.get();
        long version = screenings.start(officer, new StartScreening(SCREENING, "waymark-indicators", null, "triage", "uk", false, null,
                PlaceType.AIRPORT, Exploitation.LABOUR, AgeBand.AGE_25_34, Sex.FEMALE, "UA", Sector.AGRICULTURE, null,
                new PersonalData("Demo Person (fictional)", bornThirtyYearsAgo(), "passport", "DEMO000000", null), false)).screening().version();
        for (var answer : ANSWERS.entrySet()) {
            version = walkthrough.answer(officer, SCREENING, answer.getKey(), new RecordAnswer(answer.getValue(), null, version)).version();
        }
        var told = EnumSet.of(ToldItem.PURPOSE, ToldItem.DATA_USE, ToldItem.RETENTION, ToldItem.RIGHT_OF_ACCESS, ToldItem.WITHDRAWAL);
        completion.consent(officer, SCREENING, new RecordConsent(ConsentPurpose.NGO_SUPPORT, ConsentStatus.GIVEN, told, null));
        version = completion.consent(officer, SCREENING, new RecordConsent(ConsentPurpose.LABOUR_INSPECTORATE, ConsentStatus.GIVEN, told, null))
                .version();
        completion.complete(officer, SCREENING, version);
        refer(officer, TO_NGO, DemoPartners.NGO, "pl", "Osoba prosi o pomoc; mówi tylko po ukraińsku. Особа просить про допомогу.");
        refer(officer, TO_INSPECTORATE, DemoPartners.INSPECTORATE, "en", "Employer kept the passport; joint inspection suggested.");
        LOG.info("DEMO referrals: one packet in the inbox of partner.ngo (OpenPGP) and one in that of partner.inspectorate (X.509)");
    }

    private void refer(CurrentUser officer, UUID id, String partnerCode, String language, String note) {
        UUID partner = organisations.findByCode(partnerCode).orElseThrow().id();
        referrals.create(officer, SCREENING, new CreateReferral(id, partner, note, language));
    }

    /** A date of birth that fits the age band 25–34 whenever the demo starts (the start refuses one that contradicts it). */
    private LocalDate bornThirtyYearsAgo() {
        return LocalDate.now(clock).minusYears(30).withDayOfYear(1);
    }

    private static UUID stableId(String code) {
        return UUID.nameUUIDFromBytes(("waymark-demo:" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("q.act.found-work", Answer.YES);
        answers.put("q.ctx.works-here", Answer.YES);
        answers.put("q.d1.job-differs", Answer.YES);
        answers.put("q.d1.pay-lower", Answer.YES);
        answers.put("q.d2.hurt-to-come", Answer.NO);
        answers.put("q.d2.threat-hurt", Answer.NO);
        answers.put("q.d3.status-used", Answer.NO);
        answers.put("q.d4.long-days", Answer.YES);
        answers.put("q.d4.paid-for-all", Answer.NO);
        answers.put("q.d5.documents-kept", Answer.YES);
        answers.put("q.d5.threat-hurt", Answer.YES);
        return answers;
    }
}
