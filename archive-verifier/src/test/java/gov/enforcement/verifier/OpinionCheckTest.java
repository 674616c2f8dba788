package gov.enforcement.verifier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.crypto.KeyFingerprint;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.Signer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static gov.enforcement.verifier.VerifyArchiveTest.CASE;
import static gov.enforcement.verifier.VerifyArchiveTest.JSON;
import static gov.enforcement.verifier.VerifyArchiveTest.fingerprintOf;
import static gov.enforcement.verifier.VerifyArchiveTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-ARCHIVE: the opinions of an archived case checked offline with the keys legal review publishes. */
class OpinionCheckTest {

    static final String OPINION = "gov.enforcement.case.ReviewOpinionGiven.v1";
    static final KeyPair REVIEW_KEY = SignatureAlgorithm.ED25519.generate();
    static final String KEY_ID = "ed25519-0a1b2c3d";

    /** An opinion as recording keeps it (no caseId: the stream is the case), signed over the case's canonical text. */
    static ObjectNode opinion(String reviewer, String signedReviewer) {
        ObjectNode data = JSON.createObjectNode().put("reviewId", "9f6d2c1e-3b0a-4c55-8e7d-2a1b0c9d8e7f")
                .put("draftHash", "65d5b23f9919324273535a79fe56bbcba1edf63f2fe6ea83cea80998220e6d9b").put("outcome", "APPROVE");
        ArrayNode items = data.putArray("items");
        // recorded in another order than signed: the canonical text puts them in L-ITEMS order
        List<String> recorded = new ArrayList<>(OpinionText.ITEMS);
        Collections.reverse(recorded);
        for (String item : recorded) {
            items.addObject().put("item", item).put("passed", true).put("comment", item.equals("COMPETENCE") ? "本机关有管辖权" : null);
        }
        data.putNull("problems").put("reviewer", signedReviewer).put("givenAt", "2026-09-28T08:15:30.120Z");
        Signer signer = Signer.of(SignatureAlgorithm.ED25519, "legal-review-service", REVIEW_KEY.getPrivate(), REVIEW_KEY.getPublic());
        String signature = Base64.getEncoder().encodeToString(signer.sign(OpinionText.canonical(CASE.toString(), data)));
        return data.put("reviewer", reviewer).put("signature", signature).put("keyId", KEY_ID)
                .put("opinionNumber", "石人社法审〔2026〕7号");
    }

    static OpinionKey key(String status) {
        return new OpinionKey(KEY_ID, "ed25519", Base64.getEncoder().encodeToString(REVIEW_KEY.getPublic().getEncoded()),
                KeyFingerprint.of(REVIEW_KEY.getPublic()), "legal-review-service", status, "2026-09-01T00:00:00Z");
    }

    /** Writes the case with this opinion and the keys, runs the verifier, and answers what it printed. */
    static String verify(Path dir, ObjectNode opinion, List<OpinionKey> keys, int expectedExit) throws Exception {
        CaseArchive archive = VerifyArchiveTest.archive(List.of(VerifyArchiveTest.REGISTERED,
                new VerifyArchiveTest.Step(OPINION, JSON.writeValueAsString(opinion)), VerifyArchiveTest.ARCHIVED));
        Path file = dir.resolve("case.json");
        JSON.writeValue(file.toFile(), archive);
        if (keys == null) {
            return run(new String[]{"--trust", fingerprintOf(archive), file.toString()}, expectedExit);
        }
        Path keysFile = dir.resolve("opinion-keys.json");
        JSON.writeValue(keysFile.toFile(), keys);
        return run(new String[]{"--trust", fingerprintOf(archive), "--opinion-keys", keysFile.toString(), file.toString()},
                expectedExit);
    }

    @Test
    @DisplayName("L-ARCHIVE: an archived opinion verifies offline with the published opinion key its keyId names")
    void opinionVerifies(@TempDir Path dir) throws Exception {
        String printed = verify(dir, opinion("chen.jing", "chen.jing"), List.of(key("RETIRED")), 0);
        assertTrue(printed.startsWith("VERIFIED"), printed);
        assertTrue(printed.contains("opinion at version 2 (石人社法审〔2026〕7号): VERIFIED: signed by chen.jing"), printed);
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: an opinion whose recorded reviewer is not the one signed for fails, exit 1")
    void anotherReviewerFails(@TempDir Path dir) throws Exception {
        String printed = verify(dir, opinion("wang.wu", "chen.jing"), List.of(key("ACTIVE")), 1);
        assertTrue(printed.contains("opinion at version 2 (石人社法审〔2026〕7号): FAILED: the signature of key " + KEY_ID
                + " does not verify"), printed);
        assertTrue(printed.contains("NOT VERIFIED: an opinion"), printed);
    }

    @Test
    @DisplayName("L-ARCHIVE: an opinion recorded before signed fields were kept is unverifiable, not a failure")
    void olderOpinionIsUnverifiable(@TempDir Path dir) throws Exception {
        ObjectNode older = opinion("chen.jing", "chen.jing");
        older.remove(List.of("givenAt", "keyId", "opinionNumber"));
        String printed = verify(dir, older, List.of(key("ACTIVE")), 0);
        assertTrue(printed.contains("opinion at version 2: unverifiable: recorded before signed fields were kept"), printed);
    }

    @Test
    @DisplayName("L-RESPONSIBILITY: an opinion signed with a revoked key, or with a key nobody published, fails")
    void revokedOrUnknownKeyFails(@TempDir Path dir) throws Exception {
        assertTrue(verify(dir, opinion("chen.jing", "chen.jing"), List.of(key("REVOKED")), 1)
                .contains("FAILED: key " + KEY_ID + " is revoked"));
        assertTrue(verify(dir, opinion("chen.jing", "chen.jing"), List.of(), 1)
                .contains("FAILED: key " + KEY_ID + " is not among the published opinion keys given"));
    }

    @Test
    @DisplayName("L-ARCHIVE: a published key whose fingerprint is not its own is not used")
    void inconsistentKeyFails(@TempDir Path dir) throws Exception {
        OpinionKey sound = key("ACTIVE");
        OpinionKey swapped = new OpinionKey(KEY_ID, "ed25519", sound.publicKey(), "sha256:" + "0".repeat(64),
                sound.holder(), "ACTIVE", sound.createdAt());
        assertTrue(verify(dir, opinion("chen.jing", "chen.jing"), List.of(swapped), 1)
                .contains("does not have the fingerprint published with it"));
    }

    @Test
    @DisplayName("L-ARCHIVE: without --opinion-keys the case still verifies and says its opinions were not checked")
    void withoutKeysOpinionsAreNotChecked(@TempDir Path dir) throws Exception {
        String printed = verify(dir, opinion("chen.jing", "chen.jing"), null, 0);
        assertTrue(printed.contains("opinions: not checked"), printed);
    }
}
