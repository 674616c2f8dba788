-- Seed 003 §14–§15: a review waits for the submission of its materials with the submitter's declaration; the
-- reviewer may pause it (PAUSED, the deadline clock stopped on paused_on) until supplementary materials arrive.
alter table reviews drop constraint reviews_status_check;
alter table reviews add constraint reviews_status_check
    check (status in ('OPEN', 'ASSIGNED', 'PAUSED', 'RETURNED', 'APPROVED', 'SUPERSEDED'));
alter table reviews add column submitted boolean not null default false;
alter table reviews add column paused_on date;
-- the written opinion's document number, e.g. 石人社法审〔2026〕7号
alter table reviews add column opinion_number text unique;

-- The problems a reviewer raised (a supplement request, or a RETURN opinion line by line), answered by the
-- undertaking unit when it submits again.
create table review_problems (
    review_id   uuid        not null references reviews (review_id),
    number      integer     not null,
    text        text        not null,
    raised_by   text        not null,
    raised_at   timestamptz not null default now(),
    answer      text,
    answered_by text,
    answered_at timestamptz,
    primary key (review_id, number)
);

-- The last opinion number given per agency and year: taken in the opinion's transaction, so numbers have no gaps.
create table opinion_numbers (
    agency      text    not null,
    year        integer not null,
    last_number integer not null,
    primary key (agency, year)
);
