-- One row per case stream: the head (current version) used for optimistic concurrency.
create table case_streams (
    case_id     uuid primary key,
    agency      text        not null,
    case_number text        not null unique,
    category    text        not null,
    version     bigint      not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- Every step of every case, in order; never updated, never deleted.
create table case_events (
    case_id     uuid        not null references case_streams (case_id),
    version     bigint      not null,
    event_id    uuid        not null unique,
    event_type  text        not null,
    data        jsonb       not null,
    metadata    jsonb       not null,
    recorded_at timestamptz not null,
    primary key (case_id, version)
);
create index case_events_recorded_at on case_events (recorded_at);

-- X-CASENO: gap-free numbers per agency and year, allocated in the transaction that registers the case.
create table case_number_counters (
    agency     text not null,
    year       int  not null,
    last_value int  not null,
    primary key (agency, year)
);

-- Nothing recorded can be changed or removed through the database either.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;
create trigger case_events_append_only before update or delete on case_events
    for each row execute function refuse_change();
create trigger case_events_no_truncate before truncate on case_events
    for each statement execute function refuse_change();
