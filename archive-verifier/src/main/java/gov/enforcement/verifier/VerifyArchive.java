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

/**
 * {@code java -jar archive-verifier.jar <package.json | ->}: checks an exported case archive with nothing but the
 * package itself and prints the verdict. Exit code 0 verified, 1 not verified, 2 unreadable input.
 */
public final class VerifyArchive {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private VerifyArchive() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out));
    }

    static int run(String[] args, InputStream stdin, PrintStream out) {
        if (args.length != 1) {
            out.println("usage: java -jar archive-verifier.jar <package.json | ->");
            return 2;
        }
        CaseArchive archive;
        try (InputStream in = args[0].equals("-") ? stdin : Files.newInputStream(Path.of(args[0]))) {
            archive = JSON.readValue(in, CaseArchive.class);
        } catch (IOException e) {
            out.println("NOT VERIFIED: cannot read " + args[0] + ": " + e.getMessage());
            return 2;
        }
        Verdict verdict = new ArchiveVerifier().verify(archive);
        out.println(verdict.summary());
        return verdict.verified() ? 0 : 1;
    }
}
