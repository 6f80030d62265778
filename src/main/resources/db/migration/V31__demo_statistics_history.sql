-- Demo mode only: a synthetic history of completed screenings, so that the supervisor's dashboard shows figures
-- above k on first start. The rows are made up (no person, no unit, no officer, no free text: only the coarse
-- attributes the projection keeps) and live in their own table, never in screening: no officer sees them, retention
-- never touches them. The projection counts them like completed screenings, so they reach the supervisor only
-- through the roll-ups and disclosure control. Production never writes this table (DemoHistory requires demo mode).
create table demo_stats_screening (
    id                  bigint generated always as identity primary key,
    completed_at        timestamptz not null,
    region_id           uuid        not null references region (id),
    place_type          text        not null check (place_type in ('AIRPORT', 'LAND_BORDER', 'SEA_PORT', 'INLAND_CONTROL')),
    checklist_id        text        not null,
    catalogue_version   text        not null,
    profile             text        not null,
    age_band            text check (age_band in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS', 'UNKNOWN')),
    sex                 text check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    nationality         text check (nationality ~ '^[A-Z]{2}$'),
    sector              text check (sector in ('AGRICULTURE', 'FISHING_AQUACULTURE', 'CONSTRUCTION', 'MANUFACTURING', 'DOMESTIC_WORK',
                                               'HOSPITALITY', 'TRANSPORT_LOGISTICS', 'BEGGING_PEDDLING', 'SEX_INDUSTRY', 'OTHER', 'UNKNOWN')),
    risk_level          text        not null check (risk_level in ('NONE', 'LOW', 'MEDIUM', 'HIGH')),
    outcomes            text[]      not null,
    positive_dimensions text[]      not null,
    present_indicators  text[]      not null
);
create index demo_stats_screening_month_idx on demo_stats_screening ((date_trunc('month', completed_at at time zone 'UTC')::date));

drop view stats_screening;
drop view stats_screening_timed;
create view stats_screening_timed as
select date_trunc('month', s.completed_at at time zone 'UTC')::date as month,
       g.code                                                       as region,
       s.place_type,
       s.checklist_id                                               as checklist,
       s.catalogue_version,
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
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training
union all
select date_trunc('month', d.completed_at at time zone 'UTC')::date,
       g.code,
       d.place_type,
       d.checklist_id,
       d.catalogue_version,
       d.profile,
       coalesce(d.age_band, 'UNKNOWN'),
       coalesce(d.sex, 'UNKNOWN'),
       coalesce(d.nationality, 'UNKNOWN'),
       case when d.nationality is null then 'UNKNOWN' else coalesce(ng.nationality_group, 'OTHER') end,
       coalesce(d.sector, 'UNKNOWN'),
       d.risk_level,
       d.outcomes,
       d.positive_dimensions,
       d.present_indicators,
       d.completed_at
from demo_stats_screening d
join region g on g.id = d.region_id
left join nationality_group ng on ng.country = d.nationality;

create view stats_screening as
select month, region, place_type, checklist, catalogue_version, profile, age_band, sex, nationality, nationality_group, sector,
       risk_level, outcomes, positive_dimensions, present_indicators
from stats_screening_timed;

-- the demo history is written once, in one statement: the months it fills are counted again
create function stats_demo_screenings_changed() returns trigger language plpgsql as $$
begin
    perform stats_mark_month(m) from (select distinct date_trunc('month', completed_at at time zone 'UTC')::date as m from changed) months;
    return null;
end;
$$;

create trigger stats_demo_screenings_inserted after insert on demo_stats_screening referencing new table as changed
    for each statement execute function stats_demo_screenings_changed();
create trigger stats_demo_screenings_deleted after delete on demo_stats_screening referencing old table as changed
    for each statement execute function stats_demo_screenings_changed();
