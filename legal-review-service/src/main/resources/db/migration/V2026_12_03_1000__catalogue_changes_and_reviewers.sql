-- Every catalogue change names the version it replaced (who and when are on the row already).
alter table catalogue_versions add column replaces_version integer references catalogue_versions (version);

-- The agencies each reviewer has called from, learned from their verified tokens: an admin may assign a
-- review only to a reviewer of the review's own agency. A subject is unique only within an agency.
create table reviewers (
    subject    text        not null,
    agency     text        not null,
    first_seen timestamptz not null default now(),
    primary key (subject, agency)
);
