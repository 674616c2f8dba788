package gov.enforcement.gateway.devtokens;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;

/** Mints RS256 tokens with the stack's private key ({@code smallrye.jwt.sign.key.location}). Blocking. */
@ApplicationScoped
public class DevTokenIssuer {

    private final DevTokensConfig config;
    private final String issuer;

    DevTokenIssuer(DevTokensConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    public IssuedToken issue(DevTokenRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(config.lifetime());
        // the issuer every service verifies, so a dev token passes the services as well as the gateway
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(request.sub())
                .upn(request.sub())
                .groups(new LinkedHashSet<>(request.groups()))
                .claim("agency", request.agency())
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (request.cert() != null && !request.cert().isBlank()) {
            claims.claim("cert", request.cert());
        }
        return new IssuedToken(claims.jws().algorithm(SignatureAlgorithm.RS256).sign(), expiresAt);
    }

    /** A signed token and the instant it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
