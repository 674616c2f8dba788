package gov.enforcement.platform.security;

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
        if (token == null || token.getSubject() == null) {
            return new Caller(null, Set.of(), null, null);
        }
        return new Caller(token.getSubject(), Set.copyOf(token.getGroups()),
                token.getClaim(AGENCY_CLAIM), token.getClaim(CERTIFICATE_CLAIM));
    }
}
