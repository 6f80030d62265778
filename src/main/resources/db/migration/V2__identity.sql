-- Partner organisations (labour inspectorate, NGOs, ...), users and their roles, and what sign-in needs.
create table organisation (
    id   uuid primary key,
    code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    name text not null check (length(name) between 1 and 200),
    type text not null check (type in ('LABOUR_INSPECTORATE', 'VICTIM_SUPPORT_NGO', 'INVESTIGATION_OR_POLICE', 'CHILD_PROTECTION'))
);

create table app_user (
    id              uuid primary key,
    username        text not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    role            text not null check (role in ('OFFICER', 'SUPERVISOR', 'PARTNER', 'TRAINER', 'ADMIN')),
    unit_id         uuid references unit (id),
    region_id       uuid references region (id),
    organisation_id uuid references organisation (id),
    password_hash   text not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null,
    -- an officer always belongs to a unit, a partner user to an organisation, and nobody else does
    check ((role = 'OFFICER') = (unit_id is not null)),
    check ((role = 'PARTNER') = (organisation_id is not null))
);

-- Failed sign-ins, by account (a hash of the user name) and by client address, for rate limiting
-- that holds across every instance.
create table failed_sign_in (
    id      bigserial primary key,
    subject text not null,
    at      timestamptz not null
);
create index failed_sign_in_subject_at_idx on failed_sign_in (subject, at);

-- Tokens revoked by sign-out, until they would have expired anyway.
create table revoked_token (
    jti        text primary key,
    expires_at timestamptz not null
);
