-- The trace an event belongs to (W3C traceparent), taken when the row is written and sent as a Kafka header, so
-- that consumers continue the trace of the request that caused the event. Null when no trace was in scope.
alter table outbox add column trace_parent text;
alter table outbox_parked add column trace_parent text;
