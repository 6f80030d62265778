package org.waymark.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Seeded synthetic referrals for the statistics benchmark: one partner of each type with a placeholder key, and about
 * {@code percent} % of the completed screenings referred to one of them after completion, in every state, with the
 * acknowledgement and closing events their state implies. Packets are placeholders: statistics never read them.
 */
final class SyntheticReferrals {

    private SyntheticReferrals() {
    }

    static void insert(Connection connection, int percent, double seed) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setseed(" + seed + ")");
            statement.execute("insert into organisation (id, code, name, type) select gen_random_uuid(), 'bench-' || lower(replace(t, '_', '-')), t, t "
                    + "from unnest(array['LABOUR_INSPECTORATE','VICTIM_SUPPORT_NGO','INVESTIGATION_OR_POLICE','CHILD_PROTECTION']) t");
            statement.execute("insert into partner_key (id, organisation_id, format, key_text, fingerprint, algorithm, added_at, added_by) "
                    + "select gen_random_uuid(), o.id, 'X509', 'placeholder', repeat('A', 64), 'placeholder', now(), "
                    + "(select id from app_user order by username limit 1) from organisation o where o.code like 'bench-%'");
            statement.execute("insert into service_key (id, created_at, wrapped_key, sealed_private_key, certificate, openpgp_key, "
                    + "openpgp_fingerprint, certificate_fingerprint) select gen_random_uuid(), now(), '\\x00', '\\x00', '\\x00', '\\x00', 'x', 'x' "
                    + "where not exists (select 1 from service_key where retired_at is null)");
            statement.execute("""
                    create temporary table synthetic_referral as
                    with keys as (select array_agg(k.id order by k.organisation_id) as ids, array_agg(k.organisation_id order by k.organisation_id) as orgs
                                  from partner_key k join organisation o on o.id = k.organisation_id where o.code like 'bench-%%')
                    select gen_random_uuid() as id, s.id as screening_id, s.unit_id, s.officer_id, keys.orgs[1 + s.pick] as organisation_id,
                           keys.ids[1 + s.pick] as partner_key_id, s.completed_at + random() * interval '2 days' as created_at,
                           (array['SENT','RECEIVED','ACCEPTED','DECLINED','CLOSED','REVOKED'])[1 + floor(random() * 6)::int] as status,
                           random() * 72 as hours_to_ack, random() * 2000 as hours_to_close
                    from (select id, unit_id, officer_id, completed_at, floor(random() * 4)::int as pick, random() as r
                          from screening where status = 'COMPLETED') s
                    cross join keys
                    where s.r < %f
                    """.formatted(percent / 100.0));
            statement.execute("""
                    insert into referral (id, request_hash, screening_id, unit_id, organisation_id, partner_key_id, service_key_id, format, status,
                        outcome, named, minor, urgency, language, created_by, created_at, version, packet, packet_sha256, packet_size, key_fingerprint)
                    select r.id, 'synthetic', r.screening_id, r.unit_id, r.organisation_id, r.partner_key_id,
                           (select id from service_key where retired_at is null), 'X509', r.status,
                           case when r.status = 'CLOSED' then 'SUCCESSFUL' end, true, false, 'ROUTINE', 'en', r.officer_id, r.created_at, 1,
                           null, repeat('0', 64), 0, repeat('A', 64)
                    from synthetic_referral r
                    """);
            statement.execute("""
                    insert into referral_event (referral_id, status, actor_id, actor_role, at)
                    select id, 'SENT', officer_id, 'OFFICER', created_at from synthetic_referral
                    union all
                    select id, 'RECEIVED', officer_id, 'PARTNER', created_at + hours_to_ack * interval '1 hour' from synthetic_referral
                    where status in ('RECEIVED', 'ACCEPTED', 'DECLINED', 'CLOSED')
                    union all
                    select id, 'CLOSED', officer_id, 'PARTNER', created_at + (hours_to_ack + hours_to_close) * interval '1 hour' from synthetic_referral
                    where status = 'CLOSED'
                    """);
            statement.execute("drop table synthetic_referral");
            statement.execute("analyze");
        }
    }
}
