-- P-OUTCOME, P-LICENSE, P-INSPECT: what a disclosure is, beyond the case's action category: a penalty, a
-- no-penalty decision (never counted as a penalty, D-STATS), a licensing decision, an inspection result, another
-- decision. Every obligation before this change came from a DecisionIssued, whose drafts had no outcome: penalties.
alter table disclosures add column kind text;
update disclosures set kind = case category when 'PENALTY' then 'PENALTY' when 'LICENSING' then 'LICENCE' else 'OTHER' end;
alter table disclosures alter column kind set not null;

-- P-REDECIDE: a decision made again names the withdrawn disclosure it replaces, so the old address can point on.
alter table disclosures add column replaces uuid references disclosures;
create index disclosures_replaces on disclosures (replaces) where replaces is not null;
