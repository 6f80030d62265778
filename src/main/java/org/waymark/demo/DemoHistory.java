package org.waymark.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.screening.AgeBand;
import org.waymark.screening.Exploitation;
import org.waymark.screening.Minority;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Demo mode only: a synthetic history of {@value #SCREENINGS} completed screenings over the past two years in the demo
 * regions, so that the supervisor's dashboard shows figures above k on first start. Written once, in one batch, into
 * {@code demo_stats_screening} (V31), which the statistics projection counts like completed screenings; the rows hold
 * only the projection's coarse attributes, never a person. Drawn from a seeded random source, in rough proportions of
 * what a border service sees: most screenings show no indication or a low risk; forced labour is more frequent at land
 * borders and inland, and in agriculture and construction; trafficking is rarer, more frequent in the sex industry and
 * among minors.
 */
@Singleton
@Requires(property = "waymark.mode", value = "demo")
@Requires(property = "waymark.demo.history", notEquals = "false")
@Order(150) // after the demo regions exist
class DemoHistory {

    static final int SCREENINGS = 6000;
    static final long SEED = 20_241_201L;
    private static final Duration SPAN = Duration.ofDays(730);
    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    private static final Map<String, Double> AIRPORT_SECTORS = Map.of("HOSPITALITY", .20, "DOMESTIC_WORK", .15, "CONSTRUCTION", .10,
            "AGRICULTURE", .05, "MANUFACTURING", .07, "SEX_INDUSTRY", .03, "OTHER", .15);
    private static final Map<String, Double> LAND_BORDER_SECTORS = Map.of("AGRICULTURE", .30, "CONSTRUCTION", .22, "TRANSPORT_LOGISTICS", .12,
            "MANUFACTURING", .10, "HOSPITALITY", .05, "DOMESTIC_WORK", .05, "OTHER", .06);
    private static final Map<String, Double> SEA_PORT_SECTORS = Map.of("FISHING_AQUACULTURE", .30, "TRANSPORT_LOGISTICS", .25,
            "CONSTRUCTION", .10, "OTHER", .15);
    private static final Map<String, Double> INLAND_SECTORS = Map.of("AGRICULTURE", .25, "CONSTRUCTION", .25, "MANUFACTURING", .10,
            "HOSPITALITY", .10, "DOMESTIC_WORK", .08, "BEGGING_PEDDLING", .02, "OTHER", .10);
    /** Mostly neighbours and the usual migration routes; a few nationalities so rare that they are merged into OTHER. */
    private static final Map<String, Double> NATIONALITIES = Map.ofEntries(Map.entry("UA", .30), Map.entry("BY", .08), Map.entry("MD", .08),
            Map.entry("GE", .06), Map.entry("UZ", .08), Map.entry("VN", .07), Map.entry("PH", .05), Map.entry("IN", .06),
            Map.entry("NP", .05), Map.entry("CO", .03), Map.entry("ER", .005), Map.entry("KP", .002));
    private static final Map<String, Double> AGE_BANDS = Map.of("AGE_18_24", .25, "AGE_25_34", .35, "AGE_35_49", .25, "AGE_50_PLUS", .10,
            "UNDER_18", .02, "UNKNOWN", .01);
    private static final Map<String, Double> SEXES = Map.of("MALE", .62, "FEMALE", .35, "UNKNOWN", .03);

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    DemoHistory(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(StartupEvent event) {
        long started = System.nanoTime();
        Integer written = transactions.executeWrite(status -> {
            try {
                return write(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("demo history not written", e);
            }
        });
        if (written > 0) {
            LOG.info("DEMO statistics: {} synthetic screenings over the past two years in {} ms (table demo_stats_screening, not real cases)",
                    written, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    /** Writes the history unless it is there already or the demo regions are missing; returns how many rows were written. */
    private int write(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("lock table demo_stats_screening in exclusive mode");
             PreparedStatement any = connection.prepareStatement("select exists (select 1 from demo_stats_screening)")) {
            lock.execute();
            try (ResultSet exists = any.executeQuery()) {
                exists.next();
                if (exists.getBoolean(1)) {
                    return 0;
                }
            }
        }
        UUID east = region(connection, "demo-east");
        UUID south = region(connection, "demo-south");
        if (east == null || south == null) {
            return 0;
        }
        List<Row> rows = rows(new Random(SEED), clock.instant(), east, south);
        int n = rows.size();
        Object[][] columns = new Object[14][n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            Object[] values = {OffsetDateTime.ofInstant(row.completedAt(), ZoneOffset.UTC).toString(), row.region().toString(), row.placeType(),
                    row.checklist(), row.catalogueVersion(), row.profile(), row.ageBand(), row.sex(), row.nationality(), row.sector(),
                    row.riskLevel(), String.join(",", row.outcomes()), String.join(",", row.dimensions()), String.join(",", row.indicators())};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        // one statement, one array per column: a few thousand rows in well under a second
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into demo_stats_screening (completed_at, region_id, place_type, checklist_id, catalogue_version, profile, age_band, sex,
                    nationality, sector, risk_level, outcomes, positive_dimensions, present_indicators)
                select t::timestamptz, r::uuid, p, c, v, f, a, s, n, w, k, string_to_array(o, ','), string_to_array(d, ','), string_to_array(i, ',')
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[]) as x(t, r, p, c, v, f, a, s, n, w, k, o, d, i)""")) {
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            insert.executeUpdate();
        }
        return rows.size();
    }

    private static UUID region(Connection connection, String code) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("select id from region where code = ?")) {
            find.setString(1, code);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    /** One synthetic completed screening: only what the projection keeps. */
    record Row(Instant completedAt, UUID region, String placeType, String checklist, String catalogueVersion, String profile,
               String ageBand, String sex, String nationality, String sector, String riskLevel, List<String> outcomes,
               List<String> dimensions, List<String> indicators) {
    }

    /** The history, drawn from {@code random}: the same seed and the same moment give the same rows. */
    static List<Row> rows(Random random, Instant now, UUID east, UUID south) {
        List<Row> rows = new ArrayList<>(SCREENINGS);
        Instant catalogueTwo = now.minus(Duration.ofDays(365));
        for (int i = 0; i < SCREENINGS; i++) {
            Instant completedAt = now.minusSeconds(3600 + (long) (random.nextDouble() * SPAN.toSeconds()));
            double place = random.nextDouble();
            String placeType = place < .30 ? "AIRPORT" : place < .65 ? "LAND_BORDER" : place < .75 ? "SEA_PORT" : "INLAND_CONTROL";
            UUID region = switch (placeType) {
                case "AIRPORT", "SEA_PORT" -> east;
                case "LAND_BORDER" -> south;
                default -> random.nextBoolean() ? east : south;
            };
            String sector = pick(random, sectorsAt(placeType));
            String ageBand = pick(random, AGE_BANDS);
            String sex = pick(random, SEXES);
            String nationality = pick(random, NATIONALITIES);
            Minority minority = Minority.at(ageBand == null ? AgeBand.UNKNOWN : AgeBand.valueOf(ageBand), null, false,
                    completedAt.atOffset(ZoneOffset.UTC).toLocalDate());
            boolean minor = minority.isMinor();
            String profile = minority.profile("SEX_INDUSTRY".equals(sector) ? Exploitation.SEXUAL : Exploitation.LABOUR);

            double forcedLabour = .03 * ("LAND_BORDER".equals(placeType) ? 3.5 : "INLAND_CONTROL".equals(placeType) ? 2 : 1)
                    * ("AGRICULTURE".equals(sector) || "CONSTRUCTION".equals(sector) ? 2 : 1);
            double trafficking = .012 * ("SEX_INDUSTRY".equals(sector) ? 8 : 1) * (minor ? 3 : 1);
            double outcome = random.nextDouble();
            double lesser = random.nextDouble();
            Result result = result(outcome, lesser, trafficking, forcedLabour);
            rows.add(new Row(completedAt, region, placeType, random.nextDouble() < .8 ? "triage" : "full-interview",
                    completedAt.isBefore(catalogueTwo) ? "1.0.0" : "2.0.0", profile, ageBand, sex, nationality, sector, result.risk(),
                    result.outcomes(), result.dimensions(), result.indicators()));
        }
        return rows;
    }

    private static Map<String, Double> sectorsAt(String placeType) {
        return switch (placeType) {
            case "AIRPORT" -> AIRPORT_SECTORS;
            case "LAND_BORDER" -> LAND_BORDER_SECTORS;
            case "SEA_PORT" -> SEA_PORT_SECTORS;
            default -> INLAND_SECTORS;
        };
    }

    /** What a synthetic screening found: its risk level, outcomes, dimensions and indicators. */
    private record Result(String risk, List<String> outcomes, List<String> dimensions, List<String> indicators) {
    }

    /**
     * The result drawn by {@code outcome} (trafficking, then forced labour, by their likelihoods at this place) and, for
     * the rest, by {@code lesser}; both uniform in [0, 1).
     */
    private static Result result(double outcome, double lesser, double trafficking, double forcedLabour) {
        if (outcome < trafficking) {
            return new Result("HIGH", List.of("TRAFFICKING_INDICATED", "PRESUMED_NEEDS_SECOND_LINE"), List.of("D1", "D2", "D4"),
                    List.of("d1.deceived-nature-of-job", "d2.confiscation-of-documents", "d4.excessive-working-hours"));
        }
        if (outcome < trafficking + forcedLabour) {
            return new Result("HIGH", List.of("FORCED_LABOUR_INDICATED"), List.of("D4", "D5"),
                    lesser < .5 ? List.of("d4.excessive-working-hours", "d4.low-or-no-salary", "d5.confiscation-of-documents")
                            : List.of("d4.very-bad-working-conditions", "d5.debt-bondage"));
        }
        if (lesser < .06) {
            return new Result("MEDIUM", List.of("DECEPTION_AND_EXPLOITATION"), List.of("D1"), List.of("d1.deceived-wages", "d4.low-or-no-salary"));
        }
        if (lesser < .10) {
            return new Result("MEDIUM", List.of("RECRUITMENT_STAGE_RISK"), List.of("D1"),
                    List.of("d1.deceived-nature-of-job", "d3.economic-reasons"));
        }
        if (lesser < .25) {
            return new Result("LOW", List.of("EXPLOITATION_ONLY"), List.of(), List.of("d4.very-bad-working-conditions"));
        }
        return new Result("NONE", List.of("NO_INDICATION"), List.of(), List.of());
    }

    /** A key drawn with the given weights; the weight left over to 1 draws null (not recorded). Keys in a fixed order. */
    private static String pick(Random random, Map<String, Double> weights) {
        double draw = random.nextDouble();
        for (String key : weights.keySet().stream().sorted().toList()) {
            draw -= weights.get(key);
            if (draw < 0) {
                return key;
            }
        }
        return null;
    }
}
