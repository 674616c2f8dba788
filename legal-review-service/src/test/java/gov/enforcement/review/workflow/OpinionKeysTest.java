package gov.enforcement.review.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.events.EventTypes;
import gov.enforcement.review.signing.KeyMaterialScan;
import gov.enforcement.review.signing.OpinionKeyResource;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import gov.enforcement.verifier.OpinionCheck;
import gov.enforcement.verifier.OpinionFinding;
import gov.enforcement.verifier.OpinionKey;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static gov.enforcement.review.workflow.ReviewApi.get;
import static gov.enforcement.review.workflow.ReviewApi.items;
import static gov.enforcement.review.workflow.ReviewApi.opinion;
import static gov.enforcement.review.workflow.ReviewApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-RESPONSIBILITY: opinions are signed with the mounted key, which never reaches the database, and survive rotation. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
// unrestricted: every test application of the module mounts a key this way
@QuarkusTestResource(OpinionKeyResource.class)
class OpinionKeysTest {

    static final String A = TestAgencies.AGENCY_A;
    static final String ZHAO = TestTokens.mint("reviewer-zhao", Set.of("reviewer"), A, null);

    @Test
    @DisplayName("L-RESPONSIBILITY: after an opinion is signed, no table of the database holds the private key in any form")
    void privateKeyNeverInTheDatabase() throws Exception {
        JsonNode opinion = approvedOpinion();
        PrivateKey key = KeyMaterialScan.privateKey(Files.readString(OpinionKeyResource.keyFile()));
        Map<String, Object> published = OpinionSignatures.assertVerifies(opinion);
        assertEquals("ACTIVE", published.get("status"), "signed by the mounted key: " + published);
        try (Connection db = TestDatabase.connect()) {
            assertEquals(List.of(), KeyMaterialScan.tablesHolding(db, key));
        }
        assertEquals(0, TestDatabase.count("select count(*) from information_schema.columns where table_schema = 'public'"
                + " and column_name like '%private%'"), "no column for a private key");
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: opinions signed before and after a key rotation both verify with the published keys")
    void rotation() throws Exception {
        JsonNode before = approvedOpinion();
        String oldKey = before.path("keyId").asText();

        PrivateKey rotated = KeyMaterialScan.privateKey(OpinionKeyResource.writeNewKey(OpinionKeyResource.keyFile()));
        awaitActiveKeyOtherThan(oldKey);
        JsonNode after = approvedOpinion();

        assertNotEquals(oldKey, after.path("keyId").asText(), "signed by the new key");
        Map<String, Object> retired = OpinionSignatures.assertVerifies(before);
        Map<String, Object> active = OpinionSignatures.assertVerifies(after);
        assertEquals("RETIRED", retired.get("status"));
        assertEquals("ACTIVE", active.get("status"));
        for (Map<String, Object> key : List.of(retired, active)) {
            byte[] spki = Base64.getDecoder().decode((String) key.get("publicKey"));
            assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki)),
                    key.get("fingerprint"));
            assertEquals("legal-review-service", key.get("holder"));
        }
        try (Connection db = TestDatabase.connect()) {
            assertEquals(List.of(), KeyMaterialScan.tablesHolding(db, rotated));
        }
    }

    @Test
    @DisplayName("L-ARCHIVE: an opinion as the case file records it verifies offline with the archive verifier and the published keys")
    void caseFileOpinionVerifiesOffline() throws Exception {
        JsonNode published = approvedOpinion();
        // what recording keeps of it (CaseEvent.ReviewOpinionGiven): the case is the stream, not a field
        ObjectNode recorded = ((ObjectNode) published.deepCopy()).retain("reviewId", "draftHash", "outcome", "items",
                "problems", "reviewer", "signature", "givenAt", "keyId", "opinionNumber", "signedOffBy");
        String keys = get(null, "/api/v1/reviews/keys").statusCode(200).extract().asString();
        OpinionCheck check = new OpinionCheck(List.of(new ObjectMapper().readValue(keys, OpinionKey[].class)));

        OpinionFinding finding = check.check(published.path("caseId").asText(), 9, recorded);
        assertEquals(OpinionFinding.Result.VERIFIED, finding.result(), finding.line());
        assertEquals(published.path("opinionNumber").asText(), finding.opinionNumber());

        OpinionFinding elsewhere = check.check(UUID.randomUUID().toString(), 9, recorded);
        assertEquals(OpinionFinding.Result.FAILED, elsewhere.result(), "the signature covers the case: " + elsewhere.line());
        recorded.remove(List.of("givenAt", "keyId"));
        assertEquals(OpinionFinding.Result.UNVERIFIABLE, check.check(published.path("caseId").asText(), 9, recorded).result());
    }

    private static void awaitActiveKeyOtherThan(String keyId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<String> active = get(null, "/api/v1/reviews/keys").statusCode(200).extract().jsonPath()
                    .getList("findAll { it.status == 'ACTIVE' }.keyId");
            if (active.size() == 1 && !active.contains(keyId)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the rotated key file was not picked up");
    }

    /** A major draft of a new case, submitted, claimed and approved: its signed ReviewOpinionGiven. */
    private static JsonNode approvedOpinion() {
        Catalogues.standard();
        CaseStream stream = new CaseStream(A).registered("PENALTY", "officer-HB-0101", "HB-0101", "HB-0102")
                .investigated("HB-0101", "HB-0102");
        String draft = stream.drafted(1, "60000", "涉及农民工32人");
        String path = "/api/v1/reviews/" + stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPENED, draft).path("reviewId").asText();
        post(ZHAO, path + "/claim", null).statusCode(200);
        ReviewApi.submitted(A, path);
        post(ZHAO, path + "/opinions", opinion("APPROVE", null, items())).statusCode(200);
        JsonNode given = stream.reviewEvent(EventTypes.LEGAL_REVIEW_OPINION_GIVEN, draft);
        assertTrue(given.hasNonNull("signature"));
        return given;
    }
}
