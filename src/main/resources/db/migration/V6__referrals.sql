-- Referrals: partner details and keys, the service's signing key, packets (ciphertext only), their
-- lifecycle and the outbox that pushes them to partners who asked for it.

-- What the referral capability knows of a partner organisation beyond its identity.
create table partner (
    organisation_id uuid primary key references organisation (id),
    contact         text check (length(contact) <= 500),
    push_endpoint   text check (push_endpoint ~ '^https?://'),
    updated_at      timestamptz not null
);

create table partner_region (
    organisation_id uuid not null references organisation (id),
    region_id       uuid not null references region (id),
    primary key (organisation_id, region_id)
);

-- A partner's public keys over time. Exactly one is active; rotating retires the old one, which stays
-- so that every packet still names the key it was encrypted to.
create table partner_key (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    format          text not null check (format in ('OPENPGP', 'X509')),
    key_text        text not null,
    fingerprint     text not null check (fingerprint ~ '^[0-9A-F]{40,64}$'),
    algorithm       text not null,
    expires_at      timestamptz,
    added_at        timestamptz not null,
    added_by        uuid not null references app_user (id),
    retired_at      timestamptz
);
create unique index partner_key_active_idx on partner_key (organisation_id) where retired_at is null;

-- The service's signing key: the private key only sealed under a data key wrapped by the master key.
create table service_key (
    id                      uuid primary key,
    created_at              timestamptz not null,
    wrapped_key             bytea not null,
    sealed_private_key      bytea not null,
    certificate             bytea not null,
    openpgp_key             bytea not null,
    openpgp_fingerprint     text not null,
    certificate_fingerprint text not null,
    retired_at              timestamptz
);
create unique index service_key_active_idx on service_key ((true)) where retired_at is null;

create table referral (
    id              uuid primary key,       -- chosen by the client: a retried create is recognised
    request_hash    text not null,
    screening_id    uuid not null references screening (id),
    unit_id         uuid not null references unit (id),
    organisation_id uuid not null references organisation (id),
    partner_key_id  uuid not null references partner_key (id),
    service_key_id  uuid not null references service_key (id),
    format          text not null check (format in ('OPENPGP', 'X509')),
    status          text not null check (status in ('SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'CLOSED', 'REVOKED')),
    outcome         text check (outcome in ('SUCCESSFUL', 'REFUSED_SERVICES', 'LACK_OF_CAPACITY', 'NO_LONGER_NEEDED', 'UNABLE_TO_CONTACT')),
    named           boolean not null,       -- false: an anonymous notification without personal identifiers
    minor           boolean not null,
    urgency         text not null check (urgency in ('IMMEDIATE', 'HIGH', 'ROUTINE')),
    language        text not null,
    created_by      uuid not null references app_user (id),
    created_at      timestamptz not null,
    version         bigint not null,
    -- the packet exists here only encrypted to the partner's key
    packet          bytea not null,
    packet_sha256   text not null check (packet_sha256 ~ '^[0-9a-f]{64}$'),
    packet_size     integer not null,
    key_fingerprint text not null
);
create index referral_screening_idx on referral (screening_id);
create index referral_inbox_idx on referral (organisation_id, created_at desc);

create table referral_event (
    id          bigserial primary key,
    referral_id uuid not null references referral (id),
    status      text not null,
    outcome     text,
    reason      text check (length(reason) <= 1000),
    actor_id    uuid not null references app_user (id),
    actor_role  text not null,
    at          timestamptz not null
);
create index referral_event_referral_idx on referral_event (referral_id, id);

-- Packets to push to partners with an endpoint: delivered at least once, retried with back-off.
create table referral_outbox (
    referral_id     uuid primary key references referral (id),
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer not null default 0,
    delivered_at    timestamptz,
    last_error      text
);
create index referral_outbox_due_idx on referral_outbox (next_attempt_at) where delivered_at is null;
