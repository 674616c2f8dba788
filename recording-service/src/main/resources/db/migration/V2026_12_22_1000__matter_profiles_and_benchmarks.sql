-- P-MASTER: each coded matter's profile as its PowerPublished entry gives it (procedures, decision days, audio-visual
-- steps); null for entries published before profiles were kept, which leaves the laws' defaults.
alter table registry_matters add column profile jsonb;

-- P-MASTER: the discretion benchmarks each agency published (DiscretionBenchmarkPublished), which drafts cite by code.
create table registry_benchmarks (
    agency        text          not null,
    code          text          not null,
    entry_id      uuid          not null,
    version       int           not null,
    matter_code   text,
    fine_min      numeric(14, 2),
    fine_max      numeric(14, 2),
    penalty_kinds text[]        not null,
    updated_at    timestamptz   not null default now(),
    primary key (agency, code)
);
