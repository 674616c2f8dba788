-- P-MASTER: how each matter's cases run where the law leaves it to the agency (procedures, decision days, audio-visual
-- steps), published with the entry; null keeps the laws' defaults.
alter table registry_powers add column procedure jsonb;

-- P-MASTER, Penalty Law art 34: the agency's published discretion benchmarks, one row per code at its latest version.
create table registry_benchmarks (
    entry_id       uuid           primary key,
    agency         text           not null,
    code           text           not null,
    version        int            not null default 1,
    matter_code    text,
    circumstance   text           not null,
    legal_basis    text           not null,
    fine_min       numeric(14, 2),
    fine_max       numeric(14, 2),
    penalty_kinds  text[]         not null,
    effective_from date           not null,
    updated_at     timestamptz    not null default now(),
    unique (agency, code)
);

-- P-MASTER: enforcement agencies (执法主体) with their region, level and the justice bureau that supervises them.
create table registry_agencies (
    entry_id                   uuid        primary key,
    agency                     text        not null unique,
    version                    int         not null default 1,
    name                       text        not null,
    region_code                text        not null,
    level                      text        not null,
    supervising_justice_bureau text,
    updated_at                 timestamptz not null default now()
);
