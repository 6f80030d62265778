-- Differentially private releases for exports leaving the agency: each is drawn once and kept, so asking again
-- returns the same figures instead of fresh noise, and each spends epsilon from its quarter's budget.
create table stats_release (
    request_key   text primary key,
    budget_period text not null,
    epsilon       double precision not null check (epsilon > 0),
    released_at   timestamptz not null,
    released_by   uuid not null references app_user (id),
    body          text not null
);
create index stats_release_budget_idx on stats_release (budget_period);
