-- D-PRE-OFFICERS: officers submitted by the agency, public only after the justice bureau approved them
-- and only while their certificate is valid.
create table registry_officers (
    entry_id         uuid primary key,
    agency           text        not null,
    name             text        not null,
    position         text        not null,
    enforcement_type text        not null,
    certificate      text        not null,
    valid_from       date        not null,
    valid_to         date        not null,
    status           text        not null,
    version          int         not null default 1,
    submitted_by     text        not null,
    decided_by       text,
    decided_at       timestamptz,
    note             text,
    unique (agency, certificate)
);
create index registry_officers_public on registry_officers (agency, valid_to) where status = 'APPROVED';

-- D-PRE-POWERS: the powers and responsibilities list, with attachments (service guides, flow charts).
create table registry_powers (
    entry_id        uuid primary key,
    agency          text        not null,
    version         int         not null default 1,
    matter          text        not null,
    legal_basis     text        not null,
    accepting_body  text        not null,
    approving_body  text        not null,
    conditions      text        not null,
    time_limit      text        not null,
    supervision     text        not null,
    remedies        text        not null,
    published_at    timestamptz not null default now()
);
create index registry_powers_agency on registry_powers (agency);
create table registry_power_attachments (
    attachment_id uuid primary key,
    entry_id      uuid   not null references registry_powers,
    name          text   not null,
    media_type    text   not null,
    sha256        text   not null,
    size          bigint not null,
    content       bytea  not null
);

-- D-PRE-RANDOM: the three lists (inspection items, market entities, inspectors) and the draws.
create table random_lists (
    id      uuid primary key,
    agency  text not null,
    list    text not null,
    name    text not null,
    code    text not null,
    unique (agency, list, code)
);
create table inspection_draws (
    draw_id         uuid primary key,
    agency          text        not null,
    item            text        not null,
    seed            text        not null,
    seed_hash       text        not null,
    target_count    int         not null,
    inspector_count int         not null,
    entities        jsonb       not null,
    inspectors      jsonb       not null,
    targets         jsonb,
    picked          jsonb,
    committed_at    timestamptz not null default now(),
    revealed_at     timestamptz
);
create index inspection_draws_agency on inspection_draws (agency, committed_at desc);
