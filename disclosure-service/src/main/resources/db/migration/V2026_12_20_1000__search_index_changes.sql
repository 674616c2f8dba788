-- Public search is a Lucene read model that every replica keeps (search.SearchIndex). A replica asks for the rows
-- written by transactions it may not have seen: search_tx is the id of the transaction that last wrote the row.
alter table disclosures add column search_tx bigint not null default 0;
create index disclosures_search_tx on disclosures (search_tx, disclosure_id);

create function disclosures_search_tx() returns trigger language plpgsql as $$
begin
    new.search_tx := pg_current_xact_id()::text::bigint;
    return new;
end $$;
-- a trigger, so that no writer (the service, a bulk load, a repair by hand) can change a row unseen by search
create trigger disclosures_search_tx before insert or update on disclosures
    for each row execute function disclosures_search_tx();

-- versions are only ever inserted by the service, with a write to disclosures; one edited in place is re-indexed too
create function disclosure_versions_search_tx() returns trigger language plpgsql as $$
begin
    update disclosures set search_tx = 0 where disclosure_id = new.disclosure_id;
    return null;
end $$;
create trigger disclosure_versions_search_tx after update on disclosure_versions
    for each row execute function disclosure_versions_search_tx();

-- Which database an index was built from: an index found beside another database (a restore, a fresh test
-- database) is rebuilt, never trusted.
create table search_origin (
    origin     uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now()
);
insert into search_origin default values;

-- text search no longer runs in PostgreSQL: its columns and trigram index only cost every write
drop index disclosures_search_trgm;
alter table disclosures drop column search_text, drop column search_code;
