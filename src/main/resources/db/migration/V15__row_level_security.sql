-- Row-level security, the second line behind the unit filter that every officer query already has: on a connection
-- working for an officer, the service sets waymark.unit to the officer's unit (identity/security/OfficerRowScope), and
-- then only that unit's screenings and referrals exist for it, to read, change or insert. Work that is not an
-- officer's (partners, supervisors' statistics, scheduled jobs) leaves it empty and is scoped by its queries alone.
-- The policies bind the role the service acts as (waymark_app); the owner, which runs migrations, is not bound.
alter table screening enable row level security;
create policy screening_officer_unit on screening
    using (coalesce(current_setting('waymark.unit', true), '') = '' or unit_id = nullif(current_setting('waymark.unit', true), '')::uuid);

alter table referral enable row level security;
create policy referral_officer_unit on referral
    using (coalesce(current_setting('waymark.unit', true), '') = '' or unit_id = nullif(current_setting('waymark.unit', true), '')::uuid);
