-- Workplace facts an officer records about a screening (employer, workplace, agency, intermediary, sector, others
-- affected, danger, the person's wishes): one sealed JSON document per screening, AES-256-GCM under the screening's
-- data key (screening/CaseTexts), so it is unreadable once the purge destroys that key; the purge also deletes the row,
-- and discarding a screening opened by mistake takes its facts with it.
create table workplace_facts (
    screening_id uuid primary key references screening (id) on delete cascade,
    sealed       bytea not null,
    version      bigint not null,
    recorded_by  uuid not null references app_user (id),
    recorded_at  timestamptz not null
);
-- as a screening's other rows: on an officer's connection only the facts of the unit's own screenings exist (V15)
alter table workplace_facts enable row level security;
create policy workplace_facts_officer_unit on workplace_facts
    using (exists (select 1 from screening s where s.id = screening_id));
