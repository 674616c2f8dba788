-- Chinese text search over published decisions (issue 5 §4): trigram GIN indexes.
create extension if not exists pg_trgm;

-- What the case events say that a disclosure needs; parties hold raw identities and never leave this table
-- unredacted. drafts maps draftHash -> the DecisionDrafted data, since DecisionIssued names its draft by hash.
alter table disclosure_cases
    add column unit          text,
    add column matter        text,
    add column parties       jsonb not null default '[]',
    add column drafts        jsonb not null default '{}',
    add column progress_code text unique,
    add column steps         jsonb not null default '[]';

-- Working-day calendar years loaded by an admin; each overrides the shipped year of the same number.
create table calendar_years (
    year        int primary key,
    body        bytea       not null,
    version     text        not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now()
);

-- D-POST-EXEMPT: a matter not publishable, or with another deadline; the reason is stored.
create table matter_policies (
    matter        text primary key,
    publishable   boolean     not null,
    deadline_days int,
    reason        text        not null,
    updated_by    text        not null,
    updated_at    timestamptz not null default now()
);

-- D-WORKFLOW: an agency may publish generated drafts without a clerk's review.
create table agency_policies (
    agency       text primary key,
    auto_publish boolean     not null,
    updated_by   text        not null,
    updated_at   timestamptz not null default now()
);

-- One obligation per issued decision, and its public record once published.
create table disclosures (
    disclosure_id       uuid primary key,
    case_id             uuid        not null,
    issued_event_id     uuid        not null unique,
    agency              text        not null,
    category            text        not null,
    matter              text        not null,
    document_number     text        not null,
    decided_on          date        not null,
    rule                text        not null,
    deadline_days       int,
    due_on              date,
    calendar_version    text        not null,
    exempt_reason       text,
    status              text        not null,
    version             int         not null default 1,
    published_at        timestamptz,
    overdue_raised_at   timestamptz,
    public_until        date        not null,
    withdrawn_at        timestamptz,
    withdraw_reason     text,
    withdraw_due_on     date,
    withdraw_calendar   text,
    withdraw_on_time    boolean,
    case_version        bigint      not null,
    search_text         text        not null,
    -- search_text with every character spelled as four base-36 symbols (SearchCode): pg_trgm makes no
    -- trigrams of Chinese characters under the C ctype, but of these it does, even for a 2-character query
    search_code         text        not null,
    created_at          timestamptz not null default now()
);
create index disclosures_case on disclosures (case_id);
-- the clerk's queue and the overdue scan read only unpublished obligations
create index disclosures_pending on disclosures (due_on) where status = 'DRAFT';
create index disclosures_agency_status on disclosures (agency, status);
-- public search: always by visibility, then newest first; every filter has an index to start from
create index disclosures_public_date on disclosures (decided_on desc, disclosure_id) where status = 'PUBLISHED';
create index disclosures_public_agency on disclosures (agency, decided_on desc) where status = 'PUBLISHED';
create index disclosures_public_category on disclosures (category, decided_on desc) where status = 'PUBLISHED';
create index disclosures_search_trgm on disclosures using gin (search_code gin_trgm_ops) where status = 'PUBLISHED';

-- D-CORRECT: every version of every record, redacted as published.
create table disclosure_versions (
    disclosure_id uuid        not null references disclosures,
    version       int         not null,
    record        jsonb       not null,
    reason        text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    primary key (disclosure_id, version)
);

-- D-ONE-ENTRY: the public feed, in order; the daily dump is the feed of one day (Asia/Shanghai).
create table public_feed (
    seq           bigserial primary key,
    disclosure_id uuid        not null,
    kind          text        not null,
    version       int         not null,
    entry         jsonb       not null,
    at            timestamptz not null default now(),
    day           date        not null
);
create index public_feed_day on public_feed (day, seq);
