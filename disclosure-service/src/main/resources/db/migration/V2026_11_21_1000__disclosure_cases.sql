-- The cases disclosure knows of, from enforcement.case-events; a plain insert, so that a case
-- applied twice would fail loudly instead of being hidden by an upsert.
create table disclosure_cases (
    case_id       uuid primary key,
    agency        text        not null,
    case_number   text        not null,
    category      text        not null,
    registered_at timestamptz not null,
    case_version  bigint      not null,
    recorded_at   timestamptz not null default now()
);
create index disclosure_cases_agency on disclosure_cases (agency);
