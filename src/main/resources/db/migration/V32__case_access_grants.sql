-- Every time an administrator gives an account the power to read case data (created as, assigned to, or re-enabled as
-- OFFICER or AUDITOR), a notice for the supervisors: a grant nobody approved is at least never silent.
create table case_access_grant (
    id                  uuid primary key,
    granted_at          timestamptz not null,
    account_id          uuid not null references app_user (id),
    account_username    text not null,
    role                text not null,
    unit_id             uuid references unit (id),
    granted_by          uuid not null references app_user (id),
    granted_by_username text not null,
    act                 text not null
);
create index case_access_grant_recent on case_access_grant (granted_at desc);
