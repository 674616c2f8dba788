-- X-TWO: officers' certificates as the officer registry (D-PRE-OFFICERS) publishes them; a delisted
-- (expired or withdrawn) certificate stays, marked, so that earlier decisions can still be explained.
create table officer_certificates (
    certificate      text primary key,
    entry_id         uuid,
    agency           text        not null,
    name             text        not null,
    enforcement_type text,
    valid_from       date        not null,
    valid_to         date        not null,
    listed           boolean     not null,
    updated_at       timestamptz not null default now()
);
