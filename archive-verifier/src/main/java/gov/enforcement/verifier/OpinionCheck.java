package gov.enforcement.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.crypto.KeyFingerprint;
import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.SignatureVerifier;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * L-ARCHIVE, L-RESPONSIBILITY offline: every {@code ReviewOpinionGiven} of an archived case checked against the keys
 * legal review publishes, over the canonical text rebuilt from what the case file recorded. An opinion recorded
 * before the case file kept {@code givenAt} and {@code keyId} cannot be checked and is reported as such, not as a
 * failure: nothing about it is wrong, the record of it is older than the means to check it.
 */
public final class OpinionCheck {

    static final String OPINION_TYPE = "gov.enforcement.case.ReviewOpinionGiven.v1";
    static final String UNVERIFIABLE = "recorded before signed fields were kept";

    private final Map<String, OpinionKey> keys;

    public OpinionCheck(List<OpinionKey> published) {
        this.keys = published.stream().collect(Collectors.toMap(OpinionKey::keyId, Function.identity(), (a, b) -> a));
    }

    /** Whether the case file holds any opinion at all. */
    public static boolean hasOpinions(CaseArchive archive) {
        return archive.events().stream().anyMatch(e -> OPINION_TYPE.equals(e.type()));
    }

    public List<OpinionFinding> check(CaseArchive archive) {
        List<OpinionFinding> findings = new ArrayList<>();
        for (CaseArchive.Event event : archive.events()) {
            if (OPINION_TYPE.equals(event.type())) {
                findings.add(check(archive.caseId(), event.version(), event.data()));
            }
        }
        return findings;
    }

    /** One opinion as the case file recorded it, at this version of the case's stream. */
    public OpinionFinding check(String caseId, long version, JsonNode opinion) {
        String number = text(opinion, "opinionNumber");
        String keyId = text(opinion, "keyId");
        String signature = text(opinion, "signature");
        if (text(opinion, "givenAt") == null || keyId == null || signature == null) {
            return new OpinionFinding(version, number, OpinionFinding.Result.UNVERIFIABLE, UNVERIFIABLE);
        }
        OpinionKey key = keys.get(keyId);
        if (key == null) {
            return failed(version, number, "key " + keyId + " is not among the published opinion keys given");
        }
        if (key.revoked()) {
            return failed(version, number, "key " + keyId + " is revoked: no signature of it is trusted");
        }
        SignatureAlgorithm algorithm;
        PublicKey publicKey;
        try {
            algorithm = SignatureAlgorithm.fromId(key.algorithm());
            publicKey = Pem.publicKey(algorithm, "-----BEGIN PUBLIC KEY-----\n" + key.publicKey() + "\n-----END PUBLIC KEY-----\n");
            if (!KeyFingerprint.of(publicKey).equals(KeyFingerprint.normalise(key.fingerprint()))) {
                return failed(version, number, "published key " + keyId + " does not have the fingerprint published with it");
            }
        } catch (RuntimeException e) {
            return failed(version, number, "published key " + keyId + " cannot be read: " + e.getMessage());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return failed(version, number, "the signature is not base64");
        }
        if (!SignatureVerifier.of(algorithm, publicKey).verify(OpinionText.canonical(caseId, opinion), bytes)) {
            return failed(version, number, "the signature of key " + keyId + " does not verify over the recorded opinion"
                    + " (the case, review, draft, outcome, checks, problems, reviewer or time differ from what was signed)");
        }
        return new OpinionFinding(version, number, OpinionFinding.Result.VERIFIED, "signed by " + text(opinion, "reviewer")
                + (text(opinion, "signedOffBy") == null ? "" : ", signed off by " + text(opinion, "signedOffBy")) + " at " + text(opinion, "givenAt") + ", key " + keyId + " (" + key.holder() + ", " + key.status() + ")");
    }

    private static OpinionFinding failed(long version, String number, String why) {
        return new OpinionFinding(version, number, OpinionFinding.Result.FAILED, why);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
