-- Statistics by catalogue version: screenings on 1.0.0 and on 2.0.0 asked different questions, so a supervisor
-- comparing periods must be able to tell them apart. The projections gain the version; every month's roll-up is
-- counted again (its rows had no version).
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
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training;

create view stats_screening as
select month, region, place_type, checklist, catalogue_version, profile, age_band, sex, nationality, nationality_group, sector,
       risk_level, outcomes, positive_dimensions, present_indicators
from stats_screening_timed;

update stats_month set version = version + 1;
