-- The referral projection joined every screening only to leave out training ones, which made PostgreSQL read the
-- whole screening table for each referral table. Same rows, same columns; training screenings are now found through
-- a small partial index.
create index screening_training_idx on screening (id) where training;

create or replace view stats_referral as
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
join organisation o on o.id = r.organisation_id
join unit u on u.id = r.unit_id
join region g on g.id = u.region_id
where not exists (select 1 from screening s where s.id = r.screening_id and s.training);
