-- Statistics read typed columns instead of parsing each final assessment (JSON) on every query: the risk level and
-- the lists of outcomes, positive dimensions and present indicators, kept in step with final_assessment by a trigger.
alter table screening
    add column risk_level          text,
    add column outcomes            text[],
    add column positive_dimensions text[],
    add column present_indicators  text[];

create function screening_statistics_columns() returns trigger language plpgsql as $$
declare
    assessment jsonb := new.final_assessment::jsonb;
begin
    if assessment is null then
        new.risk_level := null;
        new.outcomes := null;
        new.positive_dimensions := null;
        new.present_indicators := null;
    else
        new.risk_level := assessment ->> 'riskLevel';
        new.outcomes := array(select jsonb_array_elements_text(assessment -> 'outcomes'));
        new.positive_dimensions := array(select d ->> 'dimension' from jsonb_array_elements(assessment -> 'dimensions') d
                                         where (d ->> 'positive')::boolean);
        new.present_indicators := array(select i ->> 'id' from jsonb_array_elements(assessment -> 'dimensions') d,
                                        jsonb_array_elements(d -> 'present') i);
    end if;
    return new;
end;
$$;

create trigger screening_statistics_columns
    before insert or update of final_assessment on screening
    for each row execute function screening_statistics_columns();

update screening set final_assessment = final_assessment where final_assessment is not null;

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
       s.risk_level,
       s.outcomes,
       s.positive_dimensions,
       s.present_indicators
from screening s
join unit u on u.id = s.unit_id
join region g on g.id = u.region_id
where s.status = 'COMPLETED' and s.final_assessment is not null and not s.training;
