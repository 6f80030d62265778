-- Monthly roll-ups of the screening projection: for each closed month, the counts of every single breakdown and of
-- every pair of breakdowns, so that the dashboard sums a few thousand pre-counted rows instead of aggregating every
-- screening on each request. The current month, and any closed month changed since its roll-up, is counted live from
-- stats_screening; a roll-up is read only while its month's version is still the one it was built from.

create table stats_month (
    month          date primary key check (month = date_trunc('month', month)::date),
    version        bigint not null default 0,  -- bumped by every change to the projection of this month
    rolled_version bigint,                     -- the version the month's roll-up rows were counted from
    rolled_at      timestamptz
);

-- a = the first breakdown (by the order of org.waymark.stats.Breakdown), b = the second; '' where there is none, so
-- ('', '') holds the month's total, (x, '') the single breakdown x, (x, y) the pair.
create table stats_screening_rollup (
    month      date   not null,
    a          text   not null,
    a_value    text   not null,
    b          text   not null,
    b_value    text   not null,
    screenings bigint not null check (screenings > 0)
);
create index stats_screening_rollup_idx on stats_screening_rollup (a, b, month);

-- the live part reads only the months it needs: the projection's month, indexed over exactly the rows it keeps
create index screening_stats_month_idx on screening ((date_trunc('month', completed_at at time zone 'UTC')::date))
    where status = 'COMPLETED' and final_assessment is not null and not training;

-- A changed screening makes the roll-up of its old and new month stale. Changes to the current month need no mark:
-- it is never rolled up until an hour after it ends (StatisticsRollups), so the hot path of completing a screening
-- touches no shared row.
create function stats_mark_month(m date) returns void language sql as $$
    insert into stats_month as s (month, version) values ($1, 1)
    on conflict (month) do update set version = s.version + 1;
$$;

create function stats_projection_month(status text, completed_at timestamptz, final_assessment text, training boolean)
    returns date language sql immutable as $$
    select case when status = 'COMPLETED' and final_assessment is not null and not training
                then date_trunc('month', completed_at at time zone 'UTC')::date end;
$$;

create function stats_screening_updated() returns trigger language plpgsql as $$
declare
    current_month date := date_trunc('month', now() at time zone 'UTC')::date;
    old_month     date := stats_projection_month(old.status, old.completed_at, old.final_assessment, old.training);
    new_month     date := stats_projection_month(new.status, new.completed_at, new.final_assessment, new.training);
begin
    if old_month < current_month then
        perform stats_mark_month(old_month);
    end if;
    if new_month < current_month and new_month is distinct from old_month then
        perform stats_mark_month(new_month);
    end if;
    return null;
end;
$$;

create trigger stats_screening_updated
    after update of status, completed_at, final_assessment, training, unit_id, place_type, checklist_id, profile, age_band, sex,
        nationality, sector on screening
    for each row execute function stats_screening_updated();

create function stats_screenings_inserted() returns trigger language plpgsql as $$
begin
    perform stats_mark_month(m) from (
        select distinct stats_projection_month(status, completed_at, final_assessment, training) as m from changed) months
    where m < date_trunc('month', now() at time zone 'UTC')::date;
    return null;
end;
$$;

create trigger stats_screenings_inserted after insert on screening referencing new table as changed
    for each statement execute function stats_screenings_inserted();
create trigger stats_screenings_deleted after delete on screening referencing old table as changed
    for each statement execute function stats_screenings_inserted();

-- What every month's projection joins: a unit moved to another region, a region renamed, a nationality regrouped.
create function stats_all_months_changed() returns trigger language plpgsql as $$
begin
    update stats_month set version = version + 1;
    return null;
end;
$$;

create trigger stats_unit_region_changed after update of region_id on unit
    for each statement execute function stats_all_months_changed();
create trigger stats_region_code_changed after update of code on region
    for each statement execute function stats_all_months_changed();
create trigger stats_nationality_group_changed after insert or update or delete on nationality_group
    for each statement execute function stats_all_months_changed();
