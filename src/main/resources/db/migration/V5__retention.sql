-- Crypto-shredding: a purged screening keeps its de-identified fields, loses its data key and ciphertext.
alter table screening alter column wrapped_key drop not null;
alter table screening add column purged_at timestamptz;
create index screening_retention_idx on screening (status, updated_at) where purged_at is null;
