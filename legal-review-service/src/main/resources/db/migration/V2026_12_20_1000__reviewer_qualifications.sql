-- L-RESPONSIBILITY (Penalty Law art 58): a reviewer's qualification per agency, with its certificate and the days it
-- is valid on; claiming or giving an opinion needs one valid that day. Seeded from review.qualifications.seed.
create table reviewer_qualifications (
    subject            text        not null,
    agency             text        not null,
    certificate_number text        not null,
    kind               text        not null check (kind in ('LEGAL_PROFESSION', 'REVIEWER_BEFORE_ART_58')),
    valid_from         date        not null,
    valid_to           date,
    registered_at      timestamptz not null default now(),
    primary key (agency, subject),
    check (valid_to is null or valid_to >= valid_from)
);
