-- Two coarse person attributes for statistics: the sector of work (optional, chosen from a short list), and the
-- nationality group (derived from the nationality by a reviewed table, so that small nationalities are counted in
-- a group of their region instead of being suppressed one by one).
alter table screening add column sector text
    check (sector in ('AGRICULTURE', 'FISHING_AQUACULTURE', 'CONSTRUCTION', 'MANUFACTURING', 'DOMESTIC_WORK', 'HOSPITALITY',
                      'TRANSPORT_LOGISTICS', 'BEGGING_PEDDLING', 'SEX_INDUSTRY', 'OTHER', 'UNKNOWN'));

create table nationality_group (
    country           char(2) primary key check (country ~ '^[A-Z]{2}$'),
    nationality_group text    not null
);

insert into nationality_group (country, nationality_group)
select c, g from (values
    ('EU_EEA', array['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT','LU','MT','NL','PL',
                     'PT','RO','SK','SI','ES','SE','IS','LI','NO','CH']),
    ('OTHER_EUROPE', array['AL','AD','BA','BY','GB','MC','MD','ME','MK','RS','RU','SM','UA','VA','XK','TR']),
    ('CAUCASUS_CENTRAL_ASIA', array['AM','AZ','GE','KZ','KG','TJ','TM','UZ']),
    ('SOUTH_ASIA', array['AF','BD','BT','IN','MV','NP','PK','LK']),
    ('EAST_SOUTH_EAST_ASIA', array['BN','KH','ID','LA','MY','MM','PH','SG','TH','TL','VN','CN','HK','MO','TW','JP','KR','KP','MN']),
    ('MIDDLE_EAST_NORTH_AFRICA', array['BH','EG','IR','IQ','IL','JO','KW','LB','LY','MA','OM','PS','QA','SA','SY','TN','AE','YE','DZ']),
    ('SUB_SAHARAN_AFRICA', array['AO','BJ','BW','BF','BI','CV','CM','CF','TD','KM','CG','CD','CI','DJ','GQ','ER','SZ','ET','GA','GM',
                                 'GH','GN','GW','KE','LS','LR','MG','MW','ML','MR','MU','MZ','NA','NE','NG','RW','ST','SN','SC','SL',
                                 'SO','ZA','SS','SD','TZ','TG','UG','ZM','ZW']),
    ('AMERICAS', array['AR','BO','BR','CA','CL','CO','CR','CU','DO','EC','SV','GT','HN','HT','JM','MX','NI','PA','PY','PE','US','UY',
                       'VE','BS','BB','BZ','GY','SR','TT','AG','DM','GD','KN','LC','VC']),
    ('OCEANIA', array['AU','NZ','FJ','PG','SB','VU','WS','TO','KI','FM','MH','NR','PW','TV'])
) as groups(g, cs), unnest(cs) as c;

drop view stats_screening;
create view stats_screening as
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
       s.present_indicators
from screening s
join unit u on u.id = s.unit_id
join region g on g.id = u.region_id
left join nationality_group ng on ng.country = s.nationality
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training;
