-- The cases legal review knows of, from enforcement.case-events.
create table review_cases (
    case_id       uuid primary key,
    agency        text        not null,
    case_number   text        not null,
    category      text        not null,
    matter        text        not null,
    registered_at timestamptz not null,
    case_version  bigint      not null,
    recorded_at   timestamptz not null default now()
);
create index review_cases_agency on review_cases (agency);
