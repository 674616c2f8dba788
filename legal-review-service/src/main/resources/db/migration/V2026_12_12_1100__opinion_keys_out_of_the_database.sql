-- L-RESPONSIBILITY: the opinion signing key moves out of the database into a file mounted per deployment
-- (review.signing.key-location). What stays here is public: every key that ever signed an opinion, so that
-- opinions keep verifying by their keyId after a rotation.
create table opinion_keys (
    key_id      text        primary key,
    -- whose key: the service today; a reviewer once opinions are signed per reviewer
    holder      text        not null,
    algorithm   text        not null,
    public_key  bytea       not null,
    fingerprint text        not null unique,
    -- database: generated and kept here before keys were mounted (retired for good, its private half is in old
    -- backups and WAL); mounted: read from the key file; configured: only its public half was given
    origin      text        not null check (origin in ('database', 'mounted', 'configured')),
    created_at  timestamptz not null default now()
);

insert into opinion_keys (key_id, holder, algorithm, public_key, fingerprint, origin, created_at)
select key_id, 'legal-review-service', algorithm, public_key, 'sha256:' || encode(sha256(public_key), 'hex'),
       'database', created_at
from signing_keys;

-- The old table goes whole, not its private_key column or rows: DROP TABLE unlinks the table's files at commit,
-- whereas DELETE, UPDATE ... SET NULL and DROP COLUMN leave the old bytes in the heap pages until they happen to
-- be overwritten. Copies in standbys' history, WAL archives and backups remain; that is why the old key never
-- signs again (it is published as retired, and a mounted copy of it is refused).
drop table signing_keys;
