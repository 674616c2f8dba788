package gov.enforcement.platform.security;

import gov.enforcement.platform.problem.Problems;

import java.util.Set;

/** Who is calling: the token's subject, roles, agency credit code and (for officers) certificate number. */
public record Caller(String subject, Set<String> roles, String agency, String certificate) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Auditors (and admins) see every agency; everyone else sees their own agency only. */
    public boolean seesAllAgencies() {
        return hasRole(Roles.AUDITOR) || hasRole(Roles.ADMIN);
    }

    /** The caller's own agency; 403 when the token names none, since nothing can be created or listed for it. */
    public String requireOwnAgency() {
        if (agency == null || agency.isBlank()) {
            throw Problems.forbidden("the token names no agency");
        }
        return agency;
    }

    /** The agency a list is limited to: what an auditor or admin asks for (null: every agency), else the caller's own. */
    public String listScope(String asked) {
        return seesAllAgencies() ? asked : requireOwnAgency();
    }

    /** Refuses with 403 when the caller may not see records of {@code agency}. */
    public void requireAgency(String recordAgency) {
        if (!seesAllAgencies() && (agency == null || !agency.equals(recordAgency))) {
            throw Problems.forbidden("records of agency " + recordAgency + " are not visible to agency " + agency);
        }
    }

    /** Refuses with 403 unless the record is of the caller's own agency: no role writes into another agency. */
    public void requireWritable(String recordAgency) {
        if (agency == null || !agency.equals(recordAgency)) {
            throw Problems.forbidden("records of agency " + recordAgency + " are not writable by agency " + agency);
        }
    }
}
