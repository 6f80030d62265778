-- Screenings: one walk-through of a checklist with one person, scoped to the officer's unit.
create table screening (
    id                   uuid primary key,  -- chosen by the client, so a retried create is recognised
    request_hash         text not null,     -- SHA-256 of the create request: same id, other payload = conflict
    unit_id              uuid not null references unit (id),
    officer_id           uuid not null references app_user (id),
    catalogue_id         text not null,
    catalogue_version    text not null,
    checklist_id         text not null,
    profile              text not null,
    interviewee_language text not null,
    interpreter_present  boolean not null,
    interpreter_language text,
    place_type           text not null check (place_type in ('AIRPORT', 'LAND_BORDER', 'SEA_PORT', 'INLAND_CONTROL')),
    status               text not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    version              bigint not null,   -- optimistic lock: every change bumps it
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    completed_at         timestamptz,
    reopen_reason        text,
    -- coarse and non-identifying, for statistics
    age_band             text check (age_band in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS', 'UNKNOWN')),
    sex                  text check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    nationality          text check (nationality ~ '^[A-Z]{2}$'),
    -- personal data: only as ciphertext under a per-record data key, itself wrapped by the master key
    wrapped_key          bytea not null,
    personal_data        bytea,
    final_assessment     text
);
create index screening_unit_idx on screening (unit_id, created_at desc);

create table screening_answer (
    screening_id uuid not null references screening (id) on delete cascade,
    question_id  text not null,
    answer       text not null check (answer in ('YES', 'NO', 'UNKNOWN', 'DECLINED')),
    note         bytea,                     -- the officer's note, encrypted like the personal data
    answered_at  timestamptz not null,
    answered_by  uuid not null references app_user (id),
    primary key (screening_id, question_id)
);

create table consent (
    id            uuid primary key,
    screening_id  uuid not null references screening (id) on delete cascade,
    purpose       text not null check (purpose in ('LABOUR_INSPECTORATE', 'NGO_SUPPORT', 'RESEARCH')),
    status        text not null check (status in ('GIVEN', 'REFUSED', 'NOT_ASKED')),
    told          text not null,            -- the items read out: purpose, data use, retention, access, withdrawal
    representative text,                    -- guardian or representative of a minor (encrypted elsewhere: role only here)
    recorded_at   timestamptz not null,
    recorded_by   uuid not null references app_user (id),
    unique (screening_id, purpose)
);
