package gov.enforcement.benchmark.baselines;

import gov.enforcement.benchmark.report.Figure;

import java.security.MessageDigest;
import java.time.Duration;

/**
 * The ceiling of audit verification on one core: SHA-256 of a 512-byte leaf (0x00 ‖ bytes), in this JVM (C2, not the
 * services' C1-only JIT). Verification also hashes about one interior node per leaf and reads the rows.
 */
public final class HashBaseline {

    public static final String KEY = "sha256.leaf";

    public Figure run(Duration warmUp, Duration measure) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] leaf = new byte[513];
        for (int i = 0; i < leaf.length; i++) {
            leaf[i] = (byte) (i * 31);
        }
        long end = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < end) {
            leaf[1] ^= sha.digest(leaf)[0];
        }
        long count = 0;
        long start = System.nanoTime();
        end = start + measure.toNanos();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                leaf[1] ^= sha.digest(leaf)[0];
            }
            count += 1000;
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        return Figure.of(KEY, "SHA-256 of a 512-byte leaf, one core", "hashes/s", perSecond, null, null)
                .with("nsPerHash", 1e9 / perSecond);
    }
}
