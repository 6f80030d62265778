-- The forced-labour course and the programme's own indicators (issue 18). Nothing here is about a screened person.
-- One row per quiz attempt of a user: retries are new rows; a module is passed when any attempt passed.
create table course_attempt (
    id              uuid primary key,
    user_id         uuid not null references app_user (id),
    course_id       text not null,
    course_version  text not null,
    module_id       text not null,
    correct         integer not null check (correct >= 0),
    questions       integer not null check (questions > 0 and correct <= questions),
    passed          boolean not null,
    choices         text not null,
    answered_at     timestamptz not null
);
create index course_attempt_by_user on course_attempt (user_id, course_id, course_version, module_id);

-- A training, workshop, e-learning run or study visit kept by a trainer; participants are counts, never names.
create table training_session (
    id                uuid primary key,
    held_on           date not null,
    place             text not null,
    type              text not null check (type in ('TRAINING', 'WORKSHOP_WITH_LABOUR_INSPECTORATE', 'E_LEARNING', 'STUDY_VISIT')),
    countries_visited text not null default '',
    recorded_by       uuid not null references app_user (id),
    recorded_at       timestamptz not null
);
create index training_session_by_date on training_session (held_on);

create table training_participation (
    id          uuid primary key,
    session_id  uuid not null references training_session (id),
    service     text not null check (service in ('BORDER_GUARD', 'POLICE', 'ARMED_FORCES', 'MUNICIPAL_GUARD', 'OTHER_SERVICE',
                                                 'LOCAL_AUTHORITY', 'NGO', 'VOLUNTEER')),
    sex         text not null check (sex in ('FEMALE', 'MALE', 'UNDISCLOSED')),
    participants integer not null check (participants > 0),
    unique (session_id, service, sex)
);

-- One anonymous evaluation form: effectiveness and substantive value, each 1 (strongly disagree) to 5 (strongly agree).
create table training_evaluation (
    id                uuid primary key,
    session_id        uuid not null references training_session (id),
    effectiveness     integer not null check (effectiveness between 1 and 5),
    substantive_value integer not null check (substantive_value between 1 and 5),
    recorded_at       timestamptz not null
);
create index training_evaluation_by_session on training_evaluation (session_id);
