package gov.enforcement.platform.security;

import gov.enforcement.platform.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * The verified token of the current request as a {@link Caller}. Take {@link #get()} at the start of a
 * request and pass the value on, so asynchronous steps never depend on the request scope.
 */
@RequestScoped
public class CurrentCaller {

    public static final String AGENCY_CLAIM = "agency";
    public static final String CERTIFICATE_CLAIM = "cert";

    private final JsonWebToken token;

    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        if (token == null || token.getClaim("sub") == null) {
            return new Caller(null, Set.of(), null, null);
        }
        return new Caller(text("sub"), token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups()),
                text(AGENCY_CLAIM), text(CERTIFICATE_CLAIM));
    }

    /** A string claim; anything else is a token this API never issues (verification refuses it first, too). */
    private String text(String claim) {
        Object value = token.getClaim(claim);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw Problems.unauthorized("the token's " + claim + " claim is not a string");
    }
}
