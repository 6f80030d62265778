-- Where officers work: regions (the unit statistics are coarsened to) and units (checkpoints, posts).
create table region (
    id   uuid primary key,
    code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    name text not null check (length(name) between 1 and 200)
);

create table unit (
    id         uuid primary key,
    code       text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    name       text not null check (length(name) between 1 and 200),
    region_id  uuid not null references region (id),
    place_type text not null check (place_type in ('AIRPORT', 'LAND_BORDER', 'SEA_PORT', 'INLAND_CONTROL'))
);

create index unit_region_idx on unit (region_id);
