-- An outbox row the broker can never take (too large, refused as invalid) is moved here with the reason, so that
-- the relay ships every later row instead of retrying the same one forever. An operator reads, fixes and
-- re-queues it (see the operator guide); the metric outbox.parked and its alert say that one is here.
create table outbox_parked (
    id             bigint      primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    payload        text        not null,
    correlation_id text,
    created_at     timestamptz not null,
    parked_at      timestamptz not null default now(),
    reason         text        not null
);
