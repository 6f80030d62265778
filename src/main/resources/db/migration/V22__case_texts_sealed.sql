-- Free text typed about a case (reopen and legal-hold reasons, referral decline/revoke/close reasons, the consent
-- representative, the purpose stated to read a screening) is now stored only as AES-256-GCM ciphertext under the
-- screening's data key (screening/CaseTexts), like its personal data, and the purge deletes it with that key.
-- The old text columns are no longer written; texts recorded before this migration stay in them until their screening's
-- purge, which now clears them too (they cannot be encrypted here: the master key never reaches the database).
alter table screening add column reopen_reason_sealed bytea;
alter table legal_hold add column reason_sealed bytea;
alter table legal_hold add column release_reason_sealed bytea;
alter table legal_hold alter column reason drop not null;
-- a hold in force has its reason; a released one loses it at the purge
alter table legal_hold add constraint legal_hold_reason_present
    check (released_at is not null or reason is not null or reason_sealed is not null);
alter table referral_event add column reason_sealed bytea;
alter table consent add column representative_sealed bytea;

-- The purpose an officer states to read a screening outside its walk-through. The audit entry (hash-chained, append-only)
-- carries only "outside walk-through: stated purpose <id>"; the words are here, sealed, and go at the purge while the
-- chain stays verifiable.
create table read_purpose (
    id           uuid primary key,
    screening_id uuid not null references screening (id),
    sealed       bytea not null,
    stated_at    timestamptz not null
);
create index read_purpose_screening_idx on read_purpose (screening_id);
