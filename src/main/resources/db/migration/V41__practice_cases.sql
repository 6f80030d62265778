-- Practice cases written by trainers and the practice screenings run on them (issue 18). A case is an invented person:
-- nothing here is about a screened person. Each revision of a case is a row; the newest revision is the case.
create table practice_case (
    id                   uuid primary key,
    case_id              uuid not null,
    revision             integer not null check (revision > 0),
    title                text not null,
    catalogue_id         text not null,
    catalogue_version    text not null,
    checklist_id         text not null,
    interviewee_language text not null,
    start_profile        text not null,
    narrative            text not null,
    observations         text not null,
    expected_outcome     text not null,
    script               text not null,
    written_by           uuid not null references app_user (id),
    written_at           timestamptz not null,
    unique (case_id, revision)
);

-- A practice screening is a screening with the training flag set, run on one revision of a case; the questions the
-- trainee asked (and so heard the scripted reply to) are kept, so a skipped question's reply is never shown.
create table practice_screening (
    screening_id  uuid primary key references screening (id) on delete cascade,
    case_row_id   uuid not null references practice_case (id),
    asked         text not null default ''
);
