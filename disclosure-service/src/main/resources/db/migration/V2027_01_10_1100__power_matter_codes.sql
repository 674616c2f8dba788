-- P-MASTER: a powers-list entry names its matter by a code (事项编码), unique in the agency's list, which cases
-- refer to. Entries published before codes were kept have none.
alter table registry_powers add column matter_code text;
create unique index registry_powers_matter_code on registry_powers (agency, matter_code) where matter_code is not null;
