-- Programme records that survive retries and can be corrected (issue 18). A session, an evaluation batch and a practice
-- case may carry the id the client chose; the same request under that id again is answered with the first result, and
-- the hash of the first request tells a retry from another request reusing the id. Sessions carry a version, so a
-- stale edit is refused instead of overwriting a newer one.
alter table training_session add column request_hash text;
alter table training_session add column version bigint not null default 0;

-- One submit of evaluation forms (one form, or a tally of a pile of paper forms); its forms are the rows it added.
create table training_evaluation_batch (
    id            uuid primary key,
    session_id    uuid not null references training_session (id) on delete cascade,
    request_hash  text not null,
    recorded_by   uuid not null references app_user (id),
    recorded_at   timestamptz not null
);
create index training_evaluation_batch_by_session on training_evaluation_batch (session_id);

alter table practice_case add column request_hash text;
