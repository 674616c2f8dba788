package gov.enforcement.gateway.devtokens;

import gov.enforcement.gateway.auth.Roles;
import gov.enforcement.gateway.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /dev/tokens}: who the token speaks for. */
public record DevTokenRequest(String sub, List<String> groups, String agency, String cert) {

    /** Everything wrong with the request, field by field; empty when a token may be minted. */
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (sub == null || sub.isBlank()) {
            errors.add(new FieldError("sub", "must name the subject"));
        }
        if (groups == null || groups.isEmpty()) {
            errors.add(new FieldError("groups", "must hold at least one role of " + Roles.ALL));
        } else {
            groups.stream().filter(g -> !Roles.ALL.contains(g)).findFirst().ifPresent(unknown ->
                    errors.add(new FieldError("groups", "'" + unknown + "' is not one of " + Roles.ALL)));
        }
        // the platform admin belongs to no agency; anyone else acts for one, named by a valid credit code
        boolean platformOnly = groups != null && !groups.isEmpty() && groups.stream().allMatch(Roles.PLATFORM_ADMIN::equals);
        String agencyProblem = platformOnly && agency == null ? null : CreditCodes.problemWith(agency);
        if (agencyProblem != null) {
            errors.add(new FieldError("agency", agencyProblem));
        }
        if (groups != null && groups.contains(Roles.OFFICER) && (cert == null || cert.isBlank())) {
            errors.add(new FieldError("cert", "an officer's token must carry the certificate number"));
        }
        return errors;
    }
}
