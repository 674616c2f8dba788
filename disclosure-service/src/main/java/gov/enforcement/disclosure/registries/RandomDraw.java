package gov.enforcement.disclosure.registries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * D-PRE-RANDOM: a draw anyone can re-run. Candidates are ordered by their code; a partial Fisher–Yates shuffle
 * takes its random numbers from SHA-256(seed ‖ ":" ‖ label ‖ ":" ‖ counter), reduced without modulo bias.
 * The seed's hash is published before the draw and the seed after it.
 */
public final class RandomDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomDraw() {
    }

    /** A candidate: an entity (credit code) or an inspector (certificate number). */
    public record Candidate(String id, String name, String code) {
    }

    public static String newSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    public static String hash(String seed) {
        return HexFormat.of().formatHex(sha256(seed.getBytes(StandardCharsets.UTF_8)));
    }

    /** Picks {@code count} candidates (all of them when there are fewer); {@code label} keeps the two lists independent. */
    public static List<Candidate> pick(String seed, String label, List<Candidate> candidates, int count) {
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(Candidate::code).thenComparing(Candidate::id));
        int n = Math.min(count, pool.size());
        long counter = 0;
        for (int i = 0; i < n; i++) {
            int bound = pool.size() - i;
            long value;
            long limit = (0x1_0000_0000L / bound) * bound; // reject the tail, so every index is equally likely
            do {
                byte[] digest = sha256((seed + ":" + label + ":" + counter++).getBytes(StandardCharsets.UTF_8));
                value = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8) | (digest[3] & 0xFFL);
            } while (value >= limit);
            int j = i + (int) (value % bound);
            Candidate swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
