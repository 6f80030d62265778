package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.identity.security.CurrentUser;
import org.waymark.training.ParticipantService;
import org.waymark.training.ParticipantSex;
import org.waymark.training.ProgrammeRecords;
import org.waymark.training.SessionInput;
import org.waymark.training.SessionType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo mode only: a year of programme records kept by the demo trainer, so that the trainer's pages and report are not
 * empty on first start: {@value #SESSIONS} sessions (mostly trainings of Border Guard and Police officers, workshops with
 * the labour inspectorate, e-learning runs, three study visits abroad), their participants by service and sex, and
 * evaluation forms from most participants, largely rating the training effective. Drawn from a seeded random source;
 * written once, when no session exists.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
@Requires(property = "waymark.demo.programme", notEquals = "false")
@Order(160) // after the demo accounts exist
class DemoProgramme {

    static final int SESSIONS = 26;
    private static final long SEED = 20_260_118L;
    private static final List<List<String>> VISITS = List.of(List.of("DE", "NL"), List.of("SE"), List.of("LT", "LV"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoProgramme.class);

    private final ProgrammeRecords records;
    private final DemoIdentity identity;
    private final Clock clock;

    DemoProgramme(ProgrammeRecords records, DemoIdentity identity, Clock clock) {
        this.records = records;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    void seed(StartupEvent event) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CurrentUser actor = identity.actingAs("trainer").orElse(null);
        if (actor == null || !records.sessions(LocalDate.of(2000, 1, 1), today).isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < SESSIONS; i++) {
            records.record(actor, session(random, i, today.minusDays(7 + i * 13L)));
        }
        LOG.info("DEMO programme: {} training sessions over the past year, kept by the demo trainer", SESSIONS);
    }

    private static SessionInput.Session session(Random random, int i, LocalDate heldOn) {
        SessionType type = i % 9 == 4 ? SessionType.STUDY_VISIT : i % 5 == 1 ? SessionType.WORKSHOP_WITH_LABOUR_INSPECTORATE
                : i % 6 == 3 ? SessionType.E_LEARNING : SessionType.TRAINING;
        List<SessionInput.Participants> people = new ArrayList<>();
        add(people, ParticipantService.BORDER_GUARD, 6 + random.nextInt(14), random);
        add(people, ParticipantService.POLICE, 2 + random.nextInt(8), random);
        if (type != SessionType.STUDY_VISIT) {
            add(people, ParticipantService.values()[2 + random.nextInt(6)], 1 + random.nextInt(6), random);
            add(people, ParticipantService.values()[2 + random.nextInt(6)], 1 + random.nextInt(4), random);
        }
        int total = people.stream().mapToInt(SessionInput.Participants::count).sum();
        List<SessionInput.Evaluation> forms = new ArrayList<>();
        for (int f = 0; f < total * 4 / 5; f++) {
            int effective = random.nextDouble() < .92 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
            int substantive = random.nextDouble() < .9 ? 4 + random.nextInt(2) : 3;
            forms.add(new SessionInput.Evaluation(effective, substantive));
        }
        List<String> countries = type == SessionType.STUDY_VISIT ? VISITS.get(i / 9 % VISITS.size()) : List.of();
        String place = type == SessionType.STUDY_VISIT ? "Study visit " + String.join(", ", countries)
                : type == SessionType.E_LEARNING ? "Online" : i % 2 == 0 ? "Demo training centre, east" : "Demo training centre, south";
        return new SessionInput.Session(heldOn, place, type, countries, merge(people), forms);
    }

    /** Splits a service's participants between women and men (now and then one not stated). */
    private static void add(List<SessionInput.Participants> people, ParticipantService service, int count, Random random) {
        int women = Math.round(count * (.25f + random.nextFloat() * .35f));
        int undisclosed = count > 6 && random.nextInt(4) == 0 ? 1 : 0;
        people.add(new SessionInput.Participants(service, ParticipantSex.FEMALE, women));
        people.add(new SessionInput.Participants(service, ParticipantSex.MALE, count - women - undisclosed));
        people.add(new SessionInput.Participants(service, ParticipantSex.UNDISCLOSED, undisclosed));
    }

    /** One count per service and sex, zero counts left out. */
    private static List<SessionInput.Participants> merge(List<SessionInput.Participants> people) {
        java.util.Map<String, SessionInput.Participants> merged = new java.util.LinkedHashMap<>();
        for (SessionInput.Participants p : people) {
            merged.merge(p.service() + "/" + p.sex(), p, (a, b) -> new SessionInput.Participants(a.service(), a.sex(), a.count() + b.count()));
        }
        return merged.values().stream().filter(p -> p.count() > 0).toList();
    }
}
