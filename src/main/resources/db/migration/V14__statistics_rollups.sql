-- Monthly roll-ups of the screening projection: per month, the counts of every single breakdown and of every pair
-- of breakdowns, so that the dashboard sums a few thousand pre-counted rows instead of aggregating every screening on
-- each request. A closed month is rolled up whole; the current month up to a few minutes ago (rolled_through), the
-- rest of it counted live. A roll-up is read only while its month's version is still the one it was counted from;
-- a month without a current roll-up is counted live from stats_screening.

create table stats_month (
    month          date primary key check (month = date_trunc('month', month)::date),
    version        bigint not null default 0,  -- bumped by every change to what the roll-up counted
    rolled_version bigint,                     -- the version the month's roll-up rows were counted from
    rolled_through timestamptz,                -- null: the whole month; else completions up to this moment
    rolled_at      timestamptz
);

-- For the roll-ups only, never for supervisors: the projection with the completion time, so that the current month
-- can be split into what is rolled up and what is counted live. Its results are stored by month, never finer.
drop view stats_screening;
create view stats_screening_timed as
select date_trunc('month', s.completed_at at time zone 'UTC')::date as month,
       g.code                                                       as region,
       s.place_type,
       s.checklist_id                                               as checklist,
       s.profile,
       coalesce(s.age_band, 'UNKNOWN')                              as age_band,
       coalesce(s.sex, 'UNKNOWN')                                   as sex,
       coalesce(s.nationality, 'UNKNOWN')                           as nationality,
       case when s.nationality is null then 'UNKNOWN' else coalesce(ng.nationality_group, 'OTHER') end as nationality_group,
       coalesce(s.sector, 'UNKNOWN')                                as sector,
       s.risk_level,
       s.outcomes,
       s.positive_dimensions,
       s.present_indicators,
       s.completed_at
from screening s
join unit u on u.id = s.unit_id
join region g on g.id = u.region_id
left join nationality_group ng on ng.country = s.nationality
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training;

create view stats_screening as
select month, region, place_type, checklist, profile, age_band, sex, nationality, nationality_group, sector, risk_level, outcomes,
       positive_dimensions, present_indicators
from stats_screening_timed;

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
-- and the open month's completions since its roll-up
create index screening_stats_completed_idx on screening (completed_at)
    where status = 'COMPLETED' and final_assessment is not null and not training;

-- A changed screening makes the roll-up of its old and new month stale, where the roll-up may have counted it: a past
-- month, or the current month when the completion is settled (over a minute old; the current month is rolled up
-- only through five minutes ago, so a change that is still in flight then is either counted or marks the month).
-- Completing a screening now is not settled: the hot path touches no shared row.
create function stats_mark_month(m date) returns void language sql as $$
    insert into stats_month as s (month, version) values ($1, 1)
    on conflict (month) do update set version = s.version + 1;
$$;

-- the month whose roll-up may have counted this row, or null
create function stats_rolled_month(status text, completed_at timestamptz, final_assessment text, training boolean)
    returns date language sql stable as $$
    select case when status = 'COMPLETED' and final_assessment is not null and not training
                     and (completed_at < date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'
                          or completed_at <= now() - interval '1 minute')
                then date_trunc('month', completed_at at time zone 'UTC')::date end;
$$;

create function stats_screening_updated() returns trigger language plpgsql as $$
declare
    old_month date := stats_rolled_month(old.status, old.completed_at, old.final_assessment, old.training);
    new_month date := stats_rolled_month(new.status, new.completed_at, new.final_assessment, new.training);
begin
    if old_month is not null then
        perform stats_mark_month(old_month);
    end if;
    if new_month is distinct from old_month and new_month is not null then
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
        select distinct stats_rolled_month(status, completed_at, final_assessment, training) as m from changed) months
    where m is not null;
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
