package gov.enforcement.review.signing;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code GET /api/v1/reviews/keys}: the keys that verify opinion signatures; public, like audit checkpoints. */
@Path("/api/v1/reviews/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final Signer signer;

    public KeysResource(Signer signer) {
        this.signer = signer;
    }

    @GET
    @PermitAll
    @Operation(summary = "Public keys that verify review opinion signatures (L-RESPONSIBILITY)")
    public Uni<List<PublicKeyView>> keys() {
        return signer.publicKeys();
    }
}
