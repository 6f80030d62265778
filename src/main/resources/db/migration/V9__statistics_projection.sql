-- Training screenings (trainers' practice runs) are kept apart: statistics never count them.
alter table screening add column training boolean not null default false;

-- The de-identified projections that statistics are computed from, and nothing else: no names, no document
-- numbers, no free text, no dates of birth; dates coarsened to the month, places to the region. Both survive
-- retention purges unchanged, because purges erase only what these views leave out.
create view stats_screening as
select date_trunc('month', s.completed_at at time zone 'UTC')::date as month,
       g.code                                                       as region,
       s.place_type,
       s.checklist_id                                               as checklist,
       s.profile,
       coalesce(s.age_band, 'UNKNOWN')                              as age_band,
       coalesce(s.sex, 'UNKNOWN')                                   as sex,
       coalesce(s.nationality, 'UNKNOWN')                           as nationality,
       s.final_assessment::jsonb                                    as assessment
from screening s
join unit u on u.id = s.unit_id
join region g on g.id = u.region_id
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training;

create view stats_referral as
select date_trunc('month', r.created_at at time zone 'UTC')::date as month,
       g.code                                                     as region,
       o.type                                                     as partner_type,
       r.status,
       r.outcome,
       extract(epoch from (select min(e.at) from referral_event e where e.referral_id = r.id and e.status = 'RECEIVED') - r.created_at)
           / 3600.0                                               as hours_to_acknowledgement,
       extract(epoch from (select min(e.at) from referral_event e where e.referral_id = r.id and e.status = 'CLOSED') - r.created_at)
           / 3600.0                                               as hours_to_closure
from referral r
join screening s on s.id = r.screening_id
join organisation o on o.id = r.organisation_id
join unit u on u.id = r.unit_id
join region g on g.id = u.region_id
where not s.training;
