-- D-PROGRESS: a case's steps, one row each. They were appended to a jsonb array on the case, which PostgreSQL
-- rewrites whole on every append: a case with thousands of steps made each further step cost thousands.
create table disclosure_case_steps (
    case_id  uuid        not null references disclosure_cases (case_id),
    version  bigint      not null,
    step     text        not null,
    at       timestamptz,
    primary key (case_id, version)
);

-- the array held the steps in stream order from the registration (version 1) on
insert into disclosure_case_steps (case_id, version, step, at)
select c.case_id, s.n, s.item ->> 'step', (s.item ->> 'at')::timestamptz
from disclosure_cases c, jsonb_array_elements(c.steps) with ordinality as s(item, n);

alter table disclosure_cases drop column steps;
