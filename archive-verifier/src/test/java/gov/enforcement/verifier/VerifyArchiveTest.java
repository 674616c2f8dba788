package gov.enforcement.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.checkpoint.Checkpoint;
import gov.enforcement.audit.checkpoint.SignedNote;
import gov.enforcement.audit.crypto.HashAlgorithm;
import gov.enforcement.audit.crypto.KeyFingerprint;
import gov.enforcement.audit.crypto.Pem;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import gov.enforcement.audit.crypto.Signer;
import gov.enforcement.audit.leaf.Leaves;
import gov.enforcement.audit.merkle.InclusionProof;
import gov.enforcement.audit.merkle.MerkleHashing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyArchiveTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final MerkleHashing HASHING = new MerkleHashing(HashAlgorithm.SHA_256);
    static final UUID CASE = UUID.fromString("5b0c1f3e-2a64-4b43-9a1d-6a1f0d7c9e21");

    static final String AGENCY = "11130100MB12345671";
    /** The registration, which the package's case number and agency must match. */
    static final Step REGISTERED = new Step("gov.enforcement.case.CaseRegistered.v1", "{\"caseNumber\":\"测〔2026〕1号\",\"agency\":\""
            + AGENCY + "\",\"matter\":\"未依法支付劳动报酬\"}");
    /** The archiving step, which the package's retention must match. */
    static final Step ARCHIVED = new Step("gov.enforcement.case.CaseArchived.v1", "{\"retentionClass\":\"LONG\",\"retentionYears\":30}");

    /** A two-event case in a log of five leaves, signed with a fresh Ed25519 key. */
    static CaseArchive archive() throws Exception {
        return archive(List.of(REGISTERED, ARCHIVED));
    }

    /** One step of a test case file: its type and its data as recorded. */
    record Step(String type, String data) {
    }

    /** A case of these steps at leaves 1, 3, 5… of a log with one other leaf before each, signed with a fresh key. */
    static CaseArchive archive(List<Step> steps) throws Exception {
        List<CaseArchive.Event> events = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 2 * steps.size() + 1; i++) {
            leaves.add(HASHING.leaf(("other leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        for (int v = 0; v < steps.size(); v++) {
            UUID eventId = UUID.randomUUID();
            OffsetDateTime recordedAt = OffsetDateTime.parse("2026-09-29T02:00:0" + v + ".123456Z");
            int at = 2 * v + 1;
            Step step = steps.get(v);
            leaves.set(at, HASHING.leaf(Leaves.caseEvent(CASE, v + 1, eventId, step.type(), recordedAt, step.data())));
            events.add(new CaseArchive.Event(v + 1, eventId.toString(), step.type(), Leaves.time(recordedAt),
                    JSON.readTree(step.data()), at, List.of()));
        }
        List<CaseArchive.Event> proven = new ArrayList<>();
        for (CaseArchive.Event e : events) {
            List<byte[]> path = InclusionProof.plan(e.leafIndex(), leaves.size()).evaluate(node -> HASHING.root(
                    leaves.subList((int) node.firstLeaf(), (int) node.endLeaf())), HASHING);
            proven.add(new CaseArchive.Event(e.version(), e.eventId(), e.type(), e.recordedAt(), e.data(), e.leafIndex(),
                    path.stream().map(Base64.getEncoder()::encodeToString).toList()));
        }
        byte[] root = HASHING.root(leaves);
        KeyPair keys = SignatureAlgorithm.ED25519.generate();
        Signer signer = Signer.of(SignatureAlgorithm.ED25519, "test/log", keys.getPrivate(), keys.getPublic());
        Checkpoint head = new Checkpoint("test/log", leaves.size(), root, HashAlgorithm.SHA_256, Instant.now());
        SignedNote note = SignedNote.sign(head.body(), signer);
        return new CaseArchive(CaseArchive.FORMAT, CASE.toString(), "测〔2026〕1号", AGENCY, "LONG", 30,
                Instant.now().toString(), "sha-256",
                new CaseArchive.Head(leaves.size(), Base64.getEncoder().encodeToString(root), note.encode()),
                List.of(new CaseArchive.Key(note.signatures().get(0).keyId(), "test/log", "ed25519",
                        Pem.encode(keys.getPublic()))), proven, List.of());
    }

    /** The package with other labels and events, under the same signed checkpoint and keys. */
    static CaseArchive relabelled(CaseArchive sound, String caseId, String caseNumber, String retentionClass,
                                  List<CaseArchive.Event> events) {
        return new CaseArchive(sound.format(), caseId, caseNumber, sound.agency(), retentionClass, sound.retentionYears(),
                sound.exportedAt(), sound.hashAlgorithm(), sound.checkpoint(), sound.keys(), events, List.of());
    }

    /** The fingerprint of the package's first key: what a user copies from the log's published keys. */
    static String fingerprintOf(CaseArchive archive) {
        CaseArchive.Key key = archive.keys().get(0);
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromId(key.algorithm());
        return KeyFingerprint.of(Pem.publicKey(algorithm, key.publicKeyPem()));
    }

    static String run(Path file, String trusted, int expectedExit) {
        String[] args = trusted == null ? new String[]{file.toString()} : new String[]{"--trust", trusted, file.toString()};
        return run(args, expectedExit);
    }

    static String run(String[] args, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyArchive.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, printed);
        return printed;
    }

    @Test
    @DisplayName("R-ARCHIVE: a sound package prints VERIFIED and exits 0")
    void soundPackageVerifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.json");
        CaseArchive archive = archive();
        JSON.writeValue(file.toFile(), archive);
        assertTrue(run(file, fingerprintOf(archive), 0).startsWith("VERIFIED"));
        // as a person may copy it: upper case, with colons
        String typed = fingerprintOf(archive).substring(7).toUpperCase().replaceAll("(..)(?!$)", "$1:");
        assertTrue(run(file, typed, 0).startsWith("VERIFIED"));
    }

    @Test
    @DisplayName("R-ARCHIVE: a changed event prints NOT VERIFIED naming it and exits 1")
    void changedEventIsNamed(@TempDir Path dir) throws Exception {
        CaseArchive archive = archive();
        ((ObjectNode) archive.events().get(1).data()).put("retentionYears", 3);
        Path file = dir.resolve("case.json");
        JSON.writeValue(file.toFile(), archive);
        String printed = run(file, fingerprintOf(archive), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: event version 2 (" + archive.events().get(1).eventId() + ", CaseArchived)"),
                printed);
    }

    @Test
    @DisplayName("R-ARCHIVE: a forged checkpoint signature is refused before any event is trusted")
    void forgedCheckpointIsRefused(@TempDir Path dir) throws Exception {
        CaseArchive sound = archive();
        CaseArchive forged = new CaseArchive(sound.format(), sound.caseId(), sound.caseNumber(), sound.agency(),
                sound.retentionClass(), sound.retentionYears(), sound.exportedAt(), sound.hashAlgorithm(), sound.checkpoint(),
                List.of(new CaseArchive.Key(sound.keys().get(0).keyId(), "test/log", "ed25519",
                        Pem.encode(SignatureAlgorithm.ED25519.generate().getPublic()))), sound.events(), sound.evidence());
        Path file = dir.resolve("case.json");
        JSON.writeValue(file.toFile(), forged);
        assertTrue(run(file, fingerprintOf(forged), 1).contains("checkpoint: the signature"));
    }

    @Test
    @DisplayName("an unreadable file exits 2 with a clear message")
    void unreadableInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{not json");
        assertTrue(run(file, "sha256:" + "0".repeat(64), 2).startsWith("NOT VERIFIED: cannot read"));
    }

    @Test
    @DisplayName("R-ARCHIVE: a package of an invented case, signed with an outsider's key under the log's key name, is refused")
    void packageSignedByAnUntrustedKeyIsRefused(@TempDir Path dir) throws Exception {
        CaseArchive log = archive();
        CaseArchive forged = archive(); // same log name, same shape, but signed with a key the log never had
        Path file = dir.resolve("forged.json");
        JSON.writeValue(file.toFile(), forged);
        String printed = run(file, fingerprintOf(log), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: checkpoint: signed by key"), printed);
        assertTrue(printed.contains("not a trusted key of the log"), printed);
    }

    @Test
    @DisplayName("R-ARCHIVE: a package of a case that never existed, with no events under the log's real checkpoint, is not VERIFIED")
    void packageWithoutEventsIsRefused(@TempDir Path dir) throws Exception {
        CaseArchive log = archive(); // the checkpoint and keys anyone can fetch from the log
        CaseArchive invented = relabelled(log, UUID.randomUUID().toString(), "伪〔2026〕99号", "LONG", List.of());
        Path file = dir.resolve("invented.json");
        JSON.writeValue(file.toFile(), invented);
        String printed = run(file, fingerprintOf(log), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: the package holds no events"), printed);
    }

    @Test
    @DisplayName("R-ARCHIVE: a package whose case number, retention or end is not what its proven events recorded is not VERIFIED")
    void packageLabelsMustMatchItsEvents(@TempDir Path dir) throws Exception {
        CaseArchive sound = archive();
        Path file = dir.resolve("relabelled.json");
        JSON.writeValue(file.toFile(), relabelled(sound, sound.caseId(), "测〔2026〕2号", "LONG", sound.events()));
        String printed = run(file, fingerprintOf(sound), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: the package names case number 测〔2026〕2号"), printed);

        JSON.writeValue(file.toFile(), relabelled(sound, sound.caseId(), sound.caseNumber(), "SHORT", sound.events()));
        printed = run(file, fingerprintOf(sound), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: the package states retention SHORT/30"), printed);

        // the archiving step left out: what remains is proven, but it is not an archived case's file
        JSON.writeValue(file.toFile(), relabelled(sound, sound.caseId(), sound.caseNumber(), "LONG", sound.events().subList(0, 1)));
        printed = run(file, fingerprintOf(sound), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: the package holds no CaseArchived"), printed);

        CaseArchive unregistered = archive(List.of(ARCHIVED, ARCHIVED));
        JSON.writeValue(file.toFile(), unregistered);
        printed = run(file, fingerprintOf(unregistered), 1);
        assertTrue(printed.startsWith("NOT VERIFIED: event version 1 (") && printed.contains("starts with its CaseRegistered"),
                printed);
    }

    @Test
    @DisplayName("R-ARCHIVE: without a pinned log key the verifier refuses to give a verdict")
    void aPinnedKeyIsRequired(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.json");
        JSON.writeValue(file.toFile(), archive());
        assertTrue(run(file, null, 2).contains("--trust"));
        assertTrue(run(file, "sha256:abc", 2).contains("not a SHA-256 key fingerprint"));
    }
}
