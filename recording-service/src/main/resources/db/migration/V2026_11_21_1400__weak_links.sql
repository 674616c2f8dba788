-- R-ANALYSE: refused commands (never part of a case stream) and overdue steps reported by other services.
create table rule_refusals (
    id      bigserial primary key,
    agency  text        not null,
    case_id uuid,
    rule    text        not null,
    step    text,
    at      timestamptz not null default now()
);
create index rule_refusals_agency_at on rule_refusals (agency, at);

create table overdue_steps (
    event_id uuid primary key,
    agency   text        not null,
    case_id  uuid,
    kind     text        not null,
    at       timestamptz not null
);
create index overdue_steps_agency_at on overdue_steps (agency, at);
