package gov.enforcement.gateway.devtokens;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mints RS256 tokens with the stack's private key ({@code smallrye.jwt.sign.key.location}). Blocking. */
@ApplicationScoped
public class DevTokenIssuer {

    private final DevTokensConfig config;
    private final String issuer;
    private final Set<String> audiences;

    DevTokenIssuer(DevTokensConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                   @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences) {
        this.config = config;
        this.issuer = issuer;
        this.audiences = new LinkedHashSet<>(audiences);
    }

    public IssuedToken issue(DevTokenRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(config.lifetime());
        // the issuer and audience every service verifies, so a dev token passes the services as well as the gateway
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audiences)
                .subject(request.sub())
                .upn(request.sub())
                .groups(new LinkedHashSet<>(request.groups()))
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (request.agency() != null) {
            claims.claim("agency", request.agency());
        }
        if (request.cert() != null && !request.cert().isBlank()) {
            claims.claim("cert", request.cert());
        }
        return new IssuedToken(claims.jws().algorithm(SignatureAlgorithm.RS256).sign(), expiresAt);
    }

    /** A signed token and the instant it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
