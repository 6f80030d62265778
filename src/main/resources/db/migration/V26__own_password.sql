-- An account whose password an administrator set (created or reset) opens no session until its holder chose their own.
alter table app_user add column must_choose_password boolean not null default false;
