-- X-TWO: the officer registry numbers certificates per agency, so the same number at two agencies is two
-- officers. Keyed by number alone, a later listing at another agency replaced the first agency's officer.
-- Rows keep their agency; a certificate that was replaced before this change comes back with the
-- registry's next listing of it (or the seed, which is keyed by agency and number as well).
alter table officer_certificates drop constraint officer_certificates_pkey;
alter table officer_certificates add primary key (agency, certificate);
