-- Transactional outbox: a producing service writes its state and these rows in one transaction;
-- the relay ships them to Kafka in id order and deletes them once the broker has acknowledged.
create table outbox (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    payload        text        not null,
    correlation_id text,
    created_at     timestamptz not null default now()
);

-- Idempotent consumers: an event id is claimed here in the same transaction as its effect.
create table inbox (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
