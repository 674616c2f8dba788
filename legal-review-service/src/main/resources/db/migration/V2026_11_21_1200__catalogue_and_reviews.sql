-- Who investigated or drafted a case, from the case events (X-SEPARATE): certificates and token subjects.
create table case_participants (
    case_id uuid not null,
    kind    text not null check (kind in ('CERTIFICATE', 'SUBJECT')),
    value   text not null,
    primary key (case_id, kind, value)
);

-- L-CATALOGUE: every version is kept; the highest is in force. Rows are never updated.
create table catalogue_versions (
    version    integer primary key,
    rules      jsonb       not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

-- Every DecisionDrafted legal review saw, with its classification (L-GATE: "why was this not reviewed?").
create table drafts (
    case_id           uuid        not null,
    draft_hash        text        not null,
    revision          integer     not null,
    agency            text        not null,
    content           jsonb       not null,
    major             boolean     not null,
    catalogue_version integer     not null references catalogue_versions (version),
    criteria          text[]      not null,
    classified_at     timestamptz not null default now(),
    primary key (case_id, draft_hash)
);

create table reviews (
    review_id          uuid primary key,
    case_id            uuid        not null,
    agency             text        not null,
    draft_hash         text        not null,
    revision           integer     not null,
    previous_review_id uuid references reviews (review_id),
    status             text        not null check (status in ('OPEN', 'ASSIGNED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    submitter          text,
    reviewer           text,
    opened_on          date        not null,
    due_on             date        not null,
    calendar_version   text        not null,
    extended           boolean     not null default false,
    overdue_raised_on  date,
    discussed          boolean     not null default false,
    opened_at          timestamptz not null default now(),
    foreign key (case_id, draft_hash) references drafts (case_id, draft_hash)
);
create index reviews_queue on reviews (agency, status);
create index reviews_case on reviews (case_id);
-- the overdue check reads only undecided reviews
create index reviews_undecided_due on reviews (due_on) where status in ('OPEN', 'ASSIGNED');

-- What happened on a review, in order: opinions with their checklist and signature, coordination,
-- counsel notes, collective discussion, extensions. The published event's data, kept as the history.
create table review_history (
    review_id   uuid        not null references reviews (review_id),
    seq         bigserial   primary key,
    kind        text        not null,
    data        jsonb       not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index review_history_review on review_history (review_id, seq);

-- L-RESPONSIBILITY: the opinion signing key, generated at first start.
create table signing_keys (
    key_id      text primary key,
    algorithm   text        not null,
    public_key  bytea       not null,
    private_key bytea       not null,
    created_at  timestamptz not null default now()
);

-- A first catalogue so that classification works from the first start; admins replace it (PUT /review-catalogue).
insert into catalogue_versions (version, rules, created_by) values (1, '{
  "criteria": ["FINE_ABOVE_THRESHOLD", "CONFISCATION_ABOVE_THRESHOLD", "LICENCE_REVOKED", "BUSINESS_CLOSED",
               "AFTER_HEARING", "MAJOR_PUBLIC_INTEREST", "MAJOR_SOCIAL_IMPACT", "MAJOR_RIGHTS", "COMPLEX_CASE"],
  "fineThreshold": 50000,
  "confiscationThreshold": 50000,
  "alwaysReviewed": []
}', 'migration');

-- the registering officer: answerable for the submitted materials (L-RESPONSIBILITY) and kept apart from review (X-SEPARATE)
alter table review_cases add column registered_by text;
