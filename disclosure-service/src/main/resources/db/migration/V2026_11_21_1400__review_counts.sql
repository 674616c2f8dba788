-- D-STATS review counts, from enforcement.review-events: one row per review opened or opinion given.
create table review_counts (
    event_id uuid primary key,
    agency   text not null,
    kind     text not null,
    day      date not null
);
create index review_counts_agency_day on review_counts (agency, day);
