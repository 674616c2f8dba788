-- R-TAMPER, R-SIGN: the Merkle audit log (RFC 9162). Every case event and every access record becomes a
-- leaf with a dense index; signed checkpoints commit to the tree. See recording-service/README.md.

-- R-ACCESS: every consultation of a case's records: who, when, what and why. Append-only.
create table access_log (
    access_id uuid        primary key,
    case_id   uuid        not null,
    actor     text        not null,
    agency    text,
    roles     text        not null,
    purpose   text        not null,
    what      text        not null,
    at        timestamptz not null
);
create index access_log_case on access_log (case_id, at);

-- What waits for the sequencer. A trigger enqueues in the appending transaction itself, so appenders
-- never wait for one another and a row becomes visible to the sequencer exactly when it commits.
create table audit_queue (
    seq    bigserial primary key,
    kind   text not null check (kind in ('case-event', 'access')),
    ref_id uuid not null
);

create function audit_enqueue() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'case_events' then
        insert into audit_queue (kind, ref_id) values ('case-event', new.event_id);
    else
        insert into audit_queue (kind, ref_id) values ('access', new.access_id);
    end if;
    return null;
end
$$;
create trigger case_events_audit_enqueue after insert on case_events
    for each row execute function audit_enqueue();
create trigger access_log_audit_enqueue after insert on access_log
    for each row execute function audit_enqueue();

-- events recorded before the audit log existed are logged first, in the order they were recorded
insert into audit_queue (kind, ref_id)
    select 'case-event', event_id from case_events order by recorded_at, case_id, version;

-- The leaves: leaf_index 0, 1, 2, ... without gaps; leaf_hash = H(0x00 || canonical bytes of the row).
create table audit_leaves (
    leaf_index   bigint      primary key check (leaf_index >= 0),
    leaf_hash    bytea       not null,
    kind         text        not null check (kind in ('case-event', 'access')),
    ref_id       uuid        not null unique,
    case_id      uuid,
    sequenced_at timestamptz not null default now()
);
create index audit_leaves_case on audit_leaves (case_id, leaf_index);

-- Hashes of complete subtrees of level 1 and up (level 0 is audit_leaves), stored as they complete:
-- a proof is O(log n) rows. Node (level, node_index) covers leaves [node_index * 2^level, (node_index + 1) * 2^level).
create table audit_nodes (
    level      int    not null check (level between 1 and 62),
    node_index bigint not null check (node_index >= 0),
    hash       bytea  not null,
    primary key (level, node_index)
);

-- The sequencer's working state: size, root and border (the hashes of the complete subtrees along the
-- right edge, largest first, concatenated). Mutable, hence only a cache: GET /audit/verify recomputes it.
create table audit_tree_state (
    id             boolean     primary key default true check (id),
    hash_algorithm text,
    tree_size      bigint      not null default 0,
    root_hash      bytea,
    border         bytea       not null default '',
    updated_at     timestamptz not null default now()
);
insert into audit_tree_state default values;

-- Public keys of every key that ever signed a checkpoint. private_key_pem is only ever set for a key the
-- service generated itself (development, tests); production mounts the private key and stores none here.
create table audit_signing_keys (
    key_id          text        primary key,
    key_name        text        not null,
    algorithm       text        not null,
    public_key_pem  text        not null,
    private_key_pem text,
    created_at      timestamptz not null default now()
);

-- Signed tree heads; note_text is the whole c2sp.org/tlog-checkpoint signed note as published.
create table audit_checkpoints (
    tree_size      bigint      not null check (tree_size >= 0),
    issued_at      timestamptz not null,
    root_hash      bytea       not null,
    hash_algorithm text        not null,
    key_id         text        not null references audit_signing_keys (key_id),
    algorithm      text        not null,
    signature      bytea       not null,
    note_text      text        not null,
    primary key (tree_size, issued_at)
);

-- R-TAMPER: the log, the access records and the keys can be appended to, never changed or removed.
create trigger access_log_append_only before update or delete on access_log
    for each row execute function refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function refuse_change();
create trigger audit_leaves_append_only before update or delete on audit_leaves
    for each row execute function refuse_change();
create trigger audit_leaves_no_truncate before truncate on audit_leaves
    for each statement execute function refuse_change();
create trigger audit_nodes_append_only before update or delete on audit_nodes
    for each row execute function refuse_change();
create trigger audit_nodes_no_truncate before truncate on audit_nodes
    for each statement execute function refuse_change();
create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints
    for each row execute function refuse_change();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
    for each statement execute function refuse_change();
create trigger audit_signing_keys_append_only before update or delete on audit_signing_keys
    for each row execute function refuse_change();
create trigger audit_signing_keys_no_truncate before truncate on audit_signing_keys
    for each statement execute function refuse_change();
