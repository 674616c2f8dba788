package gov.enforcement.verifier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.enforcement.audit.archive.ArchiveVerifier;
import gov.enforcement.audit.archive.CaseArchive;
import gov.enforcement.audit.archive.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar archive-verifier.jar --trust sha256:<hex> [--trust …] [--opinion-keys keys.json] <package.json | ->}:
 * checks an exported case archive with nothing but the package and the log key(s) the user trusts, and prints the
 * verdict. The fingerprint is the one {@code GET /api/v1/audit/keys} publishes; the package's own keys are never
 * trusted alone. With {@code --opinion-keys} (what {@code GET /api/v1/reviews/keys} answers, saved beside the
 * package) every legal review opinion in the case file is checked too, one line each (L-ARCHIVE).
 * Exit code 0 verified, 1 not verified, 2 unusable arguments or unreadable input.
 */
public final class VerifyArchive {

    static final String USAGE = "usage: java -jar archive-verifier.jar --trust sha256:<fingerprint of the log key>"
            + " [--trust …] [--opinion-keys <keys.json from GET /api/v1/reviews/keys>] <package.json | ->";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VerifyArchive() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out));
    }

    static int run(String[] args, InputStream stdin, PrintStream out) {
        List<String> trusted = new ArrayList<>();
        String file = null;
        String opinionKeys = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--trust") && i + 1 < args.length) {
                trusted.add(args[++i]);
            } else if (args[i].equals("--opinion-keys") && i + 1 < args.length && opinionKeys == null) {
                opinionKeys = args[++i];
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                out.println(USAGE);
                return 2;
            }
        }
        if (file == null || trusted.isEmpty()) {
            out.println(USAGE);
            out.println("NOT VERIFIED: the fingerprint of the log's key must be given with --trust;"
                    + " the keys inside a package prove nothing on their own");
            return 2;
        }
        ArchiveVerifier verifier;
        try {
            verifier = ArchiveVerifier.trusting(trusted);
        } catch (IllegalArgumentException e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return 2;
        }
        CaseArchive archive;
        try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
            archive = JSON.readValue(in, CaseArchive.class);
        } catch (IOException e) {
            out.println("NOT VERIFIED: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        List<OpinionKey> keys = List.of();
        if (opinionKeys != null) {
            try (InputStream in = Files.newInputStream(Path.of(opinionKeys))) {
                keys = List.of(JSON.readValue(in, OpinionKey[].class));
            } catch (IOException e) {
                out.println("NOT VERIFIED: cannot read the opinion keys " + opinionKeys + ": " + e.getMessage());
                return 2;
            }
        }
        Verdict verdict = verifier.verify(archive);
        out.println(verdict.summary());
        if (!verdict.verified()) {
            return 1;
        }
        return opinions(archive, opinionKeys == null ? null : new OpinionCheck(keys), out) ? 0 : 1;
    }

    /** Prints a line per opinion; false when one of them fails (an unverifiable old one does not). */
    private static boolean opinions(CaseArchive archive, OpinionCheck check, PrintStream out) {
        if (!OpinionCheck.hasOpinions(archive)) {
            return true;
        }
        if (check == null) {
            out.println("opinions: not checked; give --opinion-keys with the keys of GET /api/v1/reviews/keys");
            return true;
        }
        List<OpinionFinding> findings = check.check(archive);
        findings.forEach(f -> out.println(f.line()));
        boolean sound = findings.stream().noneMatch(f -> f.result() == OpinionFinding.Result.FAILED);
        if (!sound) {
            out.println("NOT VERIFIED: an opinion of the case file does not verify with the published opinion keys");
        }
        return sound;
    }
}
