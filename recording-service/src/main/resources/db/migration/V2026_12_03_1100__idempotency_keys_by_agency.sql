-- A subject is unique only within its agency: the same user name at another agency is another caller, and
-- must not get the first agency's answer back for the same Idempotency-Key.
alter table idempotency_keys add column agency text;
-- every stored key wrote to a case of the caller's own agency (officers write to their own agency only)
update idempotency_keys i set agency = s.agency from case_streams s where s.case_id = i.case_id;
update idempotency_keys set agency = '' where agency is null;
alter table idempotency_keys alter column agency set not null;
alter table idempotency_keys drop constraint idempotency_keys_pkey;
alter table idempotency_keys add primary key (agency, actor, key);
