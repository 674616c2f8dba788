-- R-LINK: every record of one party across cases in one query, by ID number or credit code.
create index case_events_registered_parties on case_events using gin ((data -> 'parties') jsonb_path_ops)
    where event_type = 'gov.enforcement.case.CaseRegistered.v1';
