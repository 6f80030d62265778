package org.waymark.stats;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.waymark.testing.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): a seeded synthetic set of N completed screenings (default 1,000,000) on a fresh migrated
 * database, then the supervisor dashboard's query set through {@link StatisticsQueries} (aggregation + disclosure
 * control) against the same aggregations in plain SQL, alternating, several rounds; prints medians and the ratio.
 * Run with {@code src/test/bench/stats.sh [N]}.
 */
public final class StatsLoad {

    /** The dashboard: what a supervisor's first page asks for. */
    static final List<String[]> DASHBOARD = List.of(
            new String[]{"period", "riskLevel"}, new String[]{"region", "outcome"}, new String[]{"period", "dimension"},
            new String[]{"ageBand", "sex"}, new String[]{"placeType", "riskLevel"}, new String[]{"nationality", null});

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, String> db = TestPostgres.freshDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.get("datasources.default.url"));
        config.setUsername(db.get("datasources.default.username"));
        config.setPassword(db.get("datasources.default.password"));
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            long started = System.nanoTime();
            generate(dataSource, n);
            System.out.printf("generated %,d screenings in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
            StatisticsQueries queries = new StatisticsQueries(dataSource, 11, 11);
            List<Long> waymark = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                long t0 = System.nanoTime();
                for (String[] q : DASHBOARD) {
                    queries.table(request(q));
                }
                long t1 = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    for (String[] q : DASHBOARD) {
                        try (ResultSet r = c.createStatement().executeQuery(plainSql(q))) {
                            while (r.next()) {
                                r.getLong(3);
                            }
                        }
                    }
                }
                long t2 = System.nanoTime();
                if (round > 0) { // the first round warms caches and the JIT
                    waymark.add((t1 - t0) / 1_000_000);
                    plain.add((t2 - t1) / 1_000_000);
                }
            }
            long w = median(waymark);
            long p = median(plain);
            System.out.printf("dashboard (%d tables) through Waymark: median %d ms; the same aggregations in plain SQL: median %d ms; ratio %.2f%n",
                    DASHBOARD.size(), w, p, (double) w / p);
        }
    }

    static StatisticsQueries.TableRequest request(String[] q) {
        return new StatisticsQueries.TableRequest(Breakdown.Measure.SCREENINGS, Breakdown.of(q[0]).orElseThrow(),
                q[1] == null ? null : Breakdown.of(q[1]).orElseThrow(), Breakdown.Period.QUARTER, YearMonth.of(2020, 1), YearMonth.of(2030, 12));
    }

    static String plainSql(String[] q) {
        Breakdown rows = Breakdown.of(q[0]).orElseThrow();
        Breakdown columns = q[1] == null ? null : Breakdown.of(q[1]).orElseThrow();
        return "select " + rows.expression(Breakdown.Period.QUARTER) + ", " + (columns == null ? "'count'" : columns.expression(Breakdown.Period.QUARTER))
                + ", count(*) from stats_screening" + rows.join() + (columns == null ? "" : columns.join())
                + " where month >= date '2020-01-01' and month <= date '2030-12-01' group by 1, 2"; // the same filter Waymark applies
    }

    private static void generate(HikariDataSource dataSource, int n) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("select setseed(0.42)");
            c.createStatement().execute("insert into region (id, code, name) select gen_random_uuid(), 'region-' || g, 'Region ' || g from generate_series(1, 16) g");
            c.createStatement().execute("insert into unit (id, code, name, region_id, place_type) select gen_random_uuid(), 'unit-' || r.code, r.name, r.id, "
                    + "(array['AIRPORT','LAND_BORDER','SEA_PORT','INLAND_CONTROL'])[1 + floor(random() * 4)::int] from region r");
            c.createStatement().execute("insert into app_user (id, username, role, unit_id, password_hash, enabled, created_at) "
                    + "select gen_random_uuid(), 'bench.' || u.code, 'OFFICER', u.id, 'x', true, now() from unit u");
            c.createStatement().execute("""
                    insert into screening (id, request_hash, unit_id, officer_id, catalogue_id, catalogue_version, checklist_id, profile,
                        interviewee_language, interpreter_present, place_type, status, version, created_at, updated_at, completed_at,
                        age_band, sex, nationality, final_assessment)
                    select gen_random_uuid(), 'bench', u.id, a.id, 'waymark-indicators', '1.0.0',
                           case when random() < 0.8 then 'triage' else 'full-interview' end, 'adult-labour', 'uk', false, u.place_type,
                           'COMPLETED', 1, t, t, t,
                           (array['AGE_18_24','AGE_25_34','AGE_35_49','AGE_50_PLUS','UNKNOWN'])[1 + floor(random() * 5)::int],
                           (array['FEMALE','MALE','UNKNOWN'])[1 + floor(random() * 3)::int],
                           (array['UA','BY','VN','PH','IN','NP','MD','GE','UZ','CO'])[1 + floor(random() * 10)::int],
                           jsonb_build_object('riskLevel', (array['NONE','LOW','MEDIUM','HIGH'])[1 + floor(random() * 4)::int],
                               'outcomes', case when random() < 0.3 then '["FORCED_LABOUR_INDICATED","PRESUMED_NEEDS_SECOND_LINE"]'::jsonb
                                                else '["NO_INDICATION"]'::jsonb end,
                               'dimensions', jsonb_build_array(
                                   jsonb_build_object('dimension', 'D1', 'positive', random() < 0.2, 'present', '[{"id":"d1.deceived-nature-of-job"}]'::jsonb),
                                   jsonb_build_object('dimension', 'D4', 'positive', random() < 0.3, 'present', '[{"id":"d4.excessive-working-hours"}]'::jsonb),
                                   jsonb_build_object('dimension', 'D5', 'positive', random() < 0.1, 'present', '[]'::jsonb)))::text
                    from generate_series(1, %d) g
                    cross join lateral (select timestamptz '2024-01-01' + random() * interval '730 days' as t, floor(random() * 16)::int as k) r
                    join lateral (select * from unit order by code offset r.k limit 1) u on true
                    join app_user a on a.unit_id = u.id
                    """.formatted(n));
            c.createStatement().execute("analyze");
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
