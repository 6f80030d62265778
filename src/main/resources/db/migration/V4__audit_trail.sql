-- The tamper-evident audit trail: every access to personal data, chained by SHA-256.
create table audit_entry (
    seq            bigint primary key,
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
    client_address text,
    previous_hash  text not null,
    hash           text not null unique
);

-- Append-only at the database: no update, no delete, whoever asks.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- The data protection officer's role.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('OFFICER', 'SUPERVISOR', 'PARTNER', 'TRAINER', 'ADMIN', 'AUDITOR'));
