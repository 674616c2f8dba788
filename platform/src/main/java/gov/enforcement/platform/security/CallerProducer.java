package gov.enforcement.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Makes the verified token available as a {@link Caller}. */
public class CallerProducer {

    public static final String AGENCY_CLAIM = "agency";
    public static final String CERTIFICATE_CLAIM = "cert";

    @Produces
    @RequestScoped
    Caller caller(JsonWebToken token) {
        if (token == null || token.getSubject() == null) {
            return new Caller(null, Set.of(), null, null);
        }
        return new Caller(token.getSubject(), Set.copyOf(token.getGroups()),
                token.getClaim(AGENCY_CLAIM), token.getClaim(CERTIFICATE_CLAIM));
    }
}
