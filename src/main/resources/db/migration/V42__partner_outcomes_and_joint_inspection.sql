-- What a closed referral led to, as the partner recorded it (referral/PartnerResult, several per referral) and the
-- wage arrears recovered, in bands; both feed the statistics projection, so they are counted only through disclosure
-- control. And the joint inspection a referring unit may ask the labour inspectorate for: requested, then agreed (with
-- a date) or declined (the reason sealed under the screening's data key, like every move's reason, and shredded with it).
create table referral_result (
    referral_id uuid not null references referral (id) on delete cascade,
    result      text not null check (result in ('INSPECTION_CARRIED_OUT', 'INSPECTION_NOT_POSSIBLE', 'OFFENCE_REPORTED_TO_PROSECUTOR',
                                                'SUPPORTED_BY_NGO', 'SUPPORTED_BY_KCIK', 'PRESUMED_VICTIM_CERTIFICATE_ISSUED')),
    primary key (referral_id, result)
);

alter table referral add column wage_arrears text
    check (wage_arrears in ('NONE_RECOVERED', 'UP_TO_5000_PLN', 'FROM_5000_TO_20000_PLN', 'OVER_20000_PLN'));

alter table referral add column joint_inspection text check (joint_inspection in ('REQUESTED', 'AGREED', 'DECLINED'));
alter table referral add column joint_inspection_date date;
alter table referral add column joint_inspection_reason_sealed bytea;
alter table referral add constraint referral_joint_inspection_dated
    check ((joint_inspection = 'AGREED') = (joint_inspection_date is not null));

create or replace view stats_referral as
select date_trunc('month', r.created_at at time zone 'UTC')::date as month,
       g.code                                                     as region,
       o.type                                                     as partner_type,
       r.status,
       r.outcome,
       extract(epoch from (select min(e.at) from referral_event e where e.referral_id = r.id and e.status = 'RECEIVED') - r.created_at)
           / 3600.0                                               as hours_to_acknowledgement,
       extract(epoch from (select min(e.at) from referral_event e where e.referral_id = r.id and e.status = 'CLOSED') - r.created_at)
           / 3600.0                                               as hours_to_closure,
       array(select x.result from referral_result x where x.referral_id = r.id order by x.result) as results,
       r.wage_arrears,
       r.joint_inspection
from referral r
join organisation o on o.id = r.organisation_id
join unit u on u.id = r.unit_id
join region g on g.id = u.region_id
where not exists (select 1 from screening s where s.id = r.screening_id and s.training);
