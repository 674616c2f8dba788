package gov.enforcement.recording.audit;

import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the audit tests do over REST and SQL, as an outsider or an attacker would. */
final class AuditApi {

    static final String OFFICER = TestTokens.officer(TestAgencies.AGENCY_A, "HB-0001");
    static final String AUDITOR = TestTokens.withRole("auditor", TestAgencies.AGENCY_A);
    static final String ADMIN = TestTokens.withRole("admin", TestAgencies.AGENCY_B);

    private AuditApi() {
    }

    /** A case registered through the API: its id and the id of its first event. */
    record Registered(String caseId, String eventId) {
    }

    static Registered registerCase() {
        Response created = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of(
                        "category", "PENALTY",
                        "matter", "未依法支付劳动报酬",
                        "unit", "劳动保障监察监督局",
                        "parties", List.of(Map.of("kind", "PERSON", "name", "张三", "idNumber", TestAgencies.PERSON_ID)),
                        "officers", List.of(Map.of("name", "李四", "certificate", "HB-0001"),
                                Map.of("name", "王五", "certificate", "HB-0002"))))
                .post("/api/v1/cases");
        created.then().statusCode(201);
        return new Registered(created.path("caseId"), created.path("eventId"));
    }

    /** The inclusion proof of a leaf once it is under a checkpoint, asked for without any token. */
    static JsonPath awaitInclusion(String eventId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Response response = given().queryParam("eventId", eventId).get("/api/v1/audit/proofs/inclusion");
            if (response.statusCode() == 200) {
                return response.jsonPath();
            }
            assertEquals(404, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertTrue(response.header("Retry-After") != null, "a not-yet answer says when to retry");
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(eventId + " never reached a checkpoint: " + response.asString());
            }
            pause();
        }
    }

    /** The latest checkpoint once it covers at least {@code treeSize} leaves. */
    static JsonPath awaitCheckpoint(long treeSize) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Response response = given().get("/api/v1/audit/checkpoints/latest");
            if (response.statusCode() == 200 && response.jsonPath().getLong("treeSize") >= treeSize) {
                return response.jsonPath();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no checkpoint of " + treeSize + " leaves: " + response.asString());
            }
            pause();
        }
    }

    static JsonPath verify(String token, String caseId) {
        var request = given().auth().oauth2(token);
        if (caseId != null) {
            request.queryParam("caseId", caseId);
        }
        return request.get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    /**
     * Checks a checkpoint as an outsider: its signed note against the published key (with the JDK's Ed25519 or
     * BouncyCastle's SM3withSM2, not the service's code), and that the note says what the JSON says.
     */
    static void assertSignedByPublishedKey(JsonPath checkpoint) throws Exception {
        String note = checkpoint.getString("note");
        int split = note.lastIndexOf("\n\n");
        String text = note.substring(0, split + 1);
        String[] lines = text.split("\n");
        assertEquals(checkpoint.getString("origin"), lines[0]);
        assertEquals(checkpoint.getString("treeSize"), lines[1]);
        assertEquals(checkpoint.getString("rootHash"), lines[2]);

        String signatureLine = note.substring(split + 2).trim();
        assertTrue(signatureLine.startsWith("\u2014 " + checkpoint.getString("keyName") + " "), signatureLine);
        byte[] idAndSignature = Base64.getDecoder().decode(signatureLine.substring(signatureLine.lastIndexOf(' ') + 1));
        assertEquals(checkpoint.getString("keyId"), java.util.HexFormat.of().formatHex(idAndSignature, 0, 4));

        JsonPath keys = given().get("/api/v1/audit/keys").then().statusCode(200).extract().jsonPath();
        Map<String, String> key = keys.<Map<String, String>>getList("keys").stream()
                .filter(k -> k.get("keyId").equals(checkpoint.getString("keyId"))).findFirst().orElseThrow();
        String pem = key.get("publicKeyPem").replaceAll("-----[A-Z ]+-----|\\s", "");
        boolean sm2 = "sm2".equals(key.get("algorithm"));
        PublicKey publicKey = (sm2 ? KeyFactory.getInstance("EC", new BouncyCastleProvider())
                : KeyFactory.getInstance("Ed25519")).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature signature = sm2 ? Signature.getInstance("SM3withSM2", new BouncyCastleProvider())
                : Signature.getInstance("Ed25519");
        signature.initVerify(publicKey);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.verify(Arrays.copyOfRange(idAndSignature, 4, idAndSignature.length)),
                "the checkpoint's signature verifies with the published key");
    }

    /** Runs SQL with the triggers off, as a superuser going behind the service's back would. */
    static void tamper(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            try (Statement replica = db.createStatement()) {
                replica.execute("set session_replication_role = replica");
            }
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                assertEquals(1, statement.executeUpdate(), sql);
            }
        }
    }

    static UUID uuid(String value) {
        return UUID.fromString(value);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
