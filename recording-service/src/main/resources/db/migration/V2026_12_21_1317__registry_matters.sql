-- P-MASTER, D-PRE-POWERS: the coded enforcement matters of each agency's published powers list, as the registry's
-- PowerPublished events say; a registration that names a matter code must name one of these.
create table registry_matters (
    agency      text        not null,
    matter_code text        not null,
    entry_id    uuid        not null,
    version     int         not null,
    matter      text        not null,
    legal_basis text        not null,
    updated_at  timestamptz not null default now(),
    primary key (agency, matter_code)
);
