-- A retried append with the same Idempotency-Key returns the first answer instead of writing twice.
create table idempotency_keys (
    actor        text        not null,
    key          text        not null,
    case_id      uuid        not null,
    request_hash text        not null,
    response     jsonb       not null,
    created_at   timestamptz not null default now(),
    primary key (actor, key)
);
