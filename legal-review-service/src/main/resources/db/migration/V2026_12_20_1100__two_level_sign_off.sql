-- 承办人初审 → 负责人复核: where an agency asks for it, the first reviewer's opinion waits in PENDING_SIGN_OFF
-- (kept in review_history as OpinionProposed) until a head reviewer signs it off or sends it back.
alter table reviews drop constraint reviews_status_check;
alter table reviews add constraint reviews_status_check
    check (status in ('OPEN', 'ASSIGNED', 'PAUSED', 'RETURNED', 'APPROVED', 'SUPERSEDED', 'PENDING_SIGN_OFF'));

-- Opinion numbers are gap-free per agency and year; two agencies without a prefix both have a 法审〔2026〕1号, which
-- the old table-wide unique key refused with a 500 on the second agency's first opinion.
alter table reviews drop constraint reviews_opinion_number_key;
alter table reviews add constraint reviews_opinion_number_per_agency unique (agency, opinion_number);
