-- Signed checkpoints of the audit chain: the head's sequence number and hash, signed with the service key.
-- Also written as files outside the database, so that rewriting the whole chain (and this table) shows.
create table audit_checkpoint (
    seq            bigint primary key references audit_entry (seq),
    entry_hash     text not null check (entry_hash ~ '^[0-9a-f]{64}$'),
    at             timestamptz not null,
    service_key_id uuid not null references service_key (id),
    signature      bytea not null
);

create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute function audit_entry_is_append_only();
create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_entry_is_append_only();

-- Legal hold: a held screening is never purged; the hold and its release are kept with their reasons.
create table legal_hold (
    id           uuid primary key,
    screening_id uuid not null references screening (id),
    reason       text not null check (length(reason) between 3 and 500),
    placed_by    uuid not null references app_user (id),
    placed_at    timestamptz not null,
    released_by  uuid references app_user (id),
    released_at  timestamptz,
    release_reason text check (length(release_reason) <= 500)
);
create unique index legal_hold_active_idx on legal_hold (screening_id) where released_at is null;

-- Packets are deleted some time after the partner acknowledged them; the row and its history remain.
alter table referral alter column packet drop not null;
alter table referral add column packet_deleted_at timestamptz;
