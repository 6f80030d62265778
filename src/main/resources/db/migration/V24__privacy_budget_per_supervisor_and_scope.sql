-- The privacy budget for differentially private releases is kept per supervisor and per scope (the measure and its
-- breakdowns in name order, as org.waymark.stats.PrivateReleases.scope names it), each calendar quarter; it was one
-- budget for everyone. Existing releases are counted in the scope their request key names.
alter table stats_release add column budget_scope text;
update stats_release set budget_scope = case
    when split_part(request_key, '|', 3) = 'null' then split_part(request_key, '|', 1) || '|' || split_part(request_key, '|', 2)
    when split_part(request_key, '|', 2) collate "C" < split_part(request_key, '|', 3) collate "C"
        then split_part(request_key, '|', 1) || '|' || split_part(request_key, '|', 2) || '|' || split_part(request_key, '|', 3)
    else split_part(request_key, '|', 1) || '|' || split_part(request_key, '|', 3) || '|' || split_part(request_key, '|', 2)
end;
alter table stats_release alter column budget_scope set not null;
drop index stats_release_budget_idx;
create index stats_release_budget_idx on stats_release (released_by, budget_scope, budget_period);
