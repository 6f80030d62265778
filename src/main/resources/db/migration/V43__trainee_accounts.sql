-- Trainee accounts (issue 18): a TRAINEE practises and takes the course, and never opens a real case. A trainee has no
-- unit of their own (the account's unit stays empty); their practice screenings run in the built-in practice unit,
-- which holds practice screenings only: no officer is ever assigned to it, and no real screening can start in it.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('OFFICER', 'SUPERVISOR', 'PARTNER', 'TRAINER', 'ADMIN', 'AUDITOR', 'TRAINEE'));

insert into region (id, code, name) values ('5a1d6c1e-0000-4000-8000-000000000043', 'practice', 'Practice (built in)');
insert into unit (id, code, name, region_id, place_type)
values ('5a1d6c1e-0000-4000-8000-000000000143', 'practice', 'Practice (built in)', '5a1d6c1e-0000-4000-8000-000000000043', 'INLAND_CONTROL');
