package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.review.reviews.ItemResult;
import gov.enforcement.review.reviews.OpinionText;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-RESPONSIBILITY: an opinion verifies with the published key its keyId names, over its canonical text. */
final class OpinionSignatures {

    private OpinionSignatures() {
    }

    /** The published key the opinion names, after checking the opinion's signature with it. */
    static Map<String, Object> assertVerifies(JsonNode opinion) throws Exception {
        String keyId = opinion.path("keyId").asText();
        List<Map<String, Object>> keys = get(null, "/api/v1/reviews/keys").statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> published = keys.stream().filter(k -> keyId.equals(k.get("keyId"))).findFirst().orElse(null);
        assertNotNull(published, "key " + keyId + " is published: " + keys);
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) published.get("publicKey"))));
        List<ItemResult> items = new ArrayList<>();
        opinion.path("items").forEach(i -> items.add(new ItemResult(i.path("item").asText(), i.path("passed").asBoolean(),
                i.path("comment").isNull() ? null : i.path("comment").asText())));
        byte[] text = OpinionText.canonical(opinion.path("caseId").asText(), opinion.path("reviewId").asText(),
                opinion.path("draftHash").asText(), opinion.path("outcome").asText(), items,
                opinion.path("problems").isNull() ? null : opinion.path("problems").asText(),
                opinion.path("reviewer").asText(), opinion.path("givenAt").asText());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(text);
        assertTrue(verifier.verify(Base64.getDecoder().decode(opinion.path("signature").asText())), "signature verifies");
        return published;
    }
}
