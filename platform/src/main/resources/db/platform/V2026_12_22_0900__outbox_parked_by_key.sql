-- The relay holds the later rows of a parked row's key (its case) behind it in outbox_parked, so that a case's
-- events leave in order or not at all; each batch asks which of its keys have a parked row.
create index outbox_parked_by_key on outbox_parked (message_key, id);
