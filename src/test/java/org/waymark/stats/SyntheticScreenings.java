package org.waymark.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A seeded synthetic set of screenings, written straight into a migrated database: 16 regions with one unit and one
 * officer each, and {@code n} screenings completed at random moments between {@code from} and {@code to}, with random
 * place types, checklists, age bands, sexes, nationalities (some missing), sectors (some missing), risk levels,
 * outcomes, positive dimensions and indicators; about 2 % are training runs and 2 % still in progress, which statistics
 * must not count. The same seed gives the same data.
 */
final class SyntheticScreenings {

    private SyntheticScreenings() {
    }

    static void insert(Connection connection, int n, double seed, Instant from, Instant to) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setseed(" + seed + ")");
            statement.execute("insert into region (id, code, name) select gen_random_uuid(), 'region-' || g, 'Region ' || g "
                    + "from generate_series(1, 16) g on conflict do nothing");
            statement.execute("insert into unit (id, code, name, region_id, place_type) select gen_random_uuid(), 'unit-' || r.code, r.name, r.id, "
                    + "(array['AIRPORT','LAND_BORDER','SEA_PORT','INLAND_CONTROL'])[1 + floor(random() * 4)::int] from region r "
                    + "where r.code like 'region-%' on conflict do nothing");
            statement.execute("insert into app_user (id, username, role, unit_id, password_hash, enabled, created_at) "
                    + "select gen_random_uuid(), 'bench.' || u.code, 'OFFICER', u.id, 'x', true, now() from unit u where u.code like 'unit-region-%' "
                    + "on conflict do nothing");
            statement.execute("""
                    insert into screening (id, request_hash, unit_id, officer_id, catalogue_id, catalogue_version, checklist_id, profile,
                        interviewee_language, interpreter_present, place_type, status, version, created_at, updated_at, completed_at,
                        age_band, sex, nationality, sector, training, final_assessment)
                    select gen_random_uuid(), 'synthetic', u.id, a.id, 'waymark-indicators', '1.0.0',
                           case when random() < 0.8 then 'triage' else 'full-interview' end, 'adult-labour', 'uk', false, u.place_type,
                           case when random() < 0.02 then 'IN_PROGRESS' else 'COMPLETED' end, 1, t, t, t,
                           (array['AGE_18_24','AGE_25_34','AGE_35_49','AGE_50_PLUS','UNKNOWN', null])[1 + floor(random() * 6)::int],
                           (array['FEMALE','MALE','UNKNOWN', null])[1 + floor(random() * 4)::int],
                           (array['UA','BY','VN','PH','IN','NP','MD','GE','UZ','CO','ZZ', null])[1 + floor(random() * 12)::int],
                           (array['AGRICULTURE','CONSTRUCTION','DOMESTIC_WORK','HOSPITALITY','OTHER', null])[1 + floor(random() * 6)::int],
                           random() < 0.02,
                           jsonb_build_object('riskLevel', (array['NONE','LOW','MEDIUM','HIGH'])[1 + floor(random() * 4)::int],
                               'outcomes', case when random() < 0.3 then '["FORCED_LABOUR_INDICATED","PRESUMED_NEEDS_SECOND_LINE"]'::jsonb
                                                when random() < 0.1 then '[]'::jsonb
                                                else '["NO_INDICATION"]'::jsonb end,
                               'dimensions', jsonb_build_array(
                                   jsonb_build_object('dimension', 'D1', 'positive', random() < 0.2, 'present', '[{"id":"d1.deceived-nature-of-job"}]'::jsonb),
                                   jsonb_build_object('dimension', 'D4', 'positive', random() < 0.3,
                                       'present', case when random() < 0.5 then '[{"id":"d4.excessive-working-hours"},{"id":"d4.no-rest"}]'::jsonb
                                                       else '[]'::jsonb end),
                                   jsonb_build_object('dimension', 'D5', 'positive', random() < 0.1, 'present', '[]'::jsonb)))::text
                    from (select g, timestamptz '%s' + random() * (timestamptz '%s' - timestamptz '%s') as t,
                                 'unit-region-' || (1 + floor(random() * 16)::int) as unit_code
                          from generate_series(1, %d) g) r
                    join unit u on u.code = r.unit_code
                    join app_user a on a.unit_id = u.id
                    """.formatted(from, to, from, n));
            statement.execute("analyze");
        }
    }
}
