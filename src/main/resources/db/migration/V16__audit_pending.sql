-- Acts no longer wait for the audit chain. An act writes its entry, unchained, into audit_pending inside its own
-- transaction (so it still cannot commit without it), and the sequencer (audit/AuditSequencer) links committed entries
-- into the chain in batches, under the chain's advisory lock, moments later; every reader of the trail runs the
-- sequencer first. Before, every audited act held that lock through its commit, which serialised all audited writes
-- on the disk flush.
create table audit_pending (
    id             bigserial primary key,
    at             timestamptz not null,
    actor_id       uuid,
    actor_role     text,
    actor_unit     uuid,
    actor_org      uuid,
    action         text not null,
    record_type    text not null,
    record_id      text,
    purpose        text,
    request_id     text,
    client_address text
);

-- which pending entry a chained one came from, so that a pending entry can be removed only once it is in the chain
alter table audit_entry add column pending_id bigint unique;

create function audit_pending_leaves_only_when_chained() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from audit_entry e where e.pending_id = old.id) then
        return old;
    end if;
    raise exception 'pending audit entries leave only into the chain';
end;
$$;
create trigger audit_pending_no_update before update or delete on audit_pending
    for each row execute function audit_pending_leaves_only_when_chained();
create trigger audit_pending_no_truncate before truncate on audit_pending
    for each statement execute function audit_pending_leaves_only_when_chained();

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'waymark_app') then
        revoke update, truncate on audit_pending from waymark_app;
    end if;
end
$$;
