-- Audit entries have a retention period of their own. Old entries may be removed only up to a signed checkpoint
-- (which stays, so the remaining chain is still anchored to a signature), only through this function, and never
-- entries younger than one year whatever the caller asks. The service's role can call the function but still
-- cannot delete audit rows itself.
alter table audit_checkpoint drop constraint audit_checkpoint_seq_fkey;

create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_entry'
       and old.seq <= coalesce(nullif(current_setting('waymark.audit_retention_upto', true), '')::bigint, 0) then
        return old;
    end if;
    raise exception 'audit entries are append-only';
end;
$$;

create function audit_remove_up_to_checkpoint(anchor bigint, older_than interval) returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    removed bigint;
begin
    if older_than < interval '365 days' then
        raise exception 'audit entries are kept at least one year';
    end if;
    if not exists (select 1 from audit_checkpoint c where c.seq = anchor and c.at < now() - older_than) then
        raise exception 'no signed checkpoint at entry % older than the retention period', anchor;
    end if;
    perform set_config('waymark.audit_retention_upto', anchor::text, true);
    delete from audit_entry where seq <= anchor;
    get diagnostics removed = row_count;
    perform set_config('waymark.audit_retention_upto', '', true);
    return removed;
end;
$$;
revoke all on function audit_remove_up_to_checkpoint(bigint, interval) from public;
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'waymark_app') then
        grant execute on function audit_remove_up_to_checkpoint(bigint, interval) to waymark_app;
    end if;
end
$$;
