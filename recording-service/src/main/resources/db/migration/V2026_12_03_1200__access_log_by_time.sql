-- R-ACCESS: auditors page through access records in time order, filtered by reader or agency.
create index access_log_at on access_log (at, access_id);
create index access_log_actor on access_log (actor, at);
