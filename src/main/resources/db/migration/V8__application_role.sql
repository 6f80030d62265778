-- The role the service's connections act as (SET ROLE at connect): it reads and writes the case tables but can
-- only insert into and read the audit trail and its checkpoints, and it owns nothing, so it cannot disable the
-- append-only triggers either. Migrations keep running as the login role, which owns the tables.
-- Where the login role may not create roles (a managed database), the DBA creates waymark_app and grants it to
-- the login role (deploy/README); until then the service runs as the login role and says so at start-up.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'waymark_app') then
        if not exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
            raise notice 'role waymark_app is missing and % may not create it', current_user;
            return;
        end if;
        create role waymark_app nologin;
    end if;
    if not pg_has_role(current_user, 'waymark_app', 'MEMBER') then
        execute format('grant waymark_app to %I', current_user);
    end if;
    grant usage on schema public to waymark_app;
    grant select, insert, update, delete on all tables in schema public to waymark_app;
    grant usage, select on all sequences in schema public to waymark_app;
    revoke update, delete, truncate on audit_entry, audit_checkpoint from waymark_app;
    revoke insert, update, delete, truncate on flyway_schema_history from waymark_app;
    -- tables of later migrations get the same rights; audit-like tables must revoke UPDATE and DELETE themselves
    alter default privileges in schema public grant select, insert, update, delete on tables to waymark_app;
    alter default privileges in schema public grant usage, select on sequences to waymark_app;
end
$$;
