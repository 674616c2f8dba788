package gov.enforcement.disclosure.registries;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomDrawTest {

    static List<RandomDraw.Candidate> candidates(int n) {
        List<RandomDraw.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new RandomDraw.Candidate("id-" + i, "企业" + i, String.format("C%05d", i)));
        }
        return out;
    }

    @Property(tries = 300)
    @Label("D-PRE-RANDOM: the same seed and lists give the same picks, in any input order; picks are distinct candidates")
    void reproducible(@ForAll @IntRange(min = 1, max = 60) int size, @ForAll @IntRange(min = 1, max = 70) int count) {
        String seed = RandomDraw.newSeed();
        List<RandomDraw.Candidate> list = candidates(size);
        List<RandomDraw.Candidate> shuffled = new ArrayList<>(list);
        Collections.shuffle(shuffled);
        List<RandomDraw.Candidate> picks = RandomDraw.pick(seed, "targets", list, count);
        assertEquals(picks, RandomDraw.pick(seed, "targets", shuffled, count));
        assertEquals(Math.min(size, count), picks.size());
        assertEquals(picks.size(), new HashSet<>(picks).size());
        assertTrue(list.containsAll(picks));
    }

    @Test
    @DisplayName("D-PRE-RANDOM: the committed hash is the SHA-256 of the revealed seed; another seed picks differently")
    void commitment() {
        String seed = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c";
        assertEquals(64, RandomDraw.hash(seed).length());
        assertEquals(RandomDraw.hash(seed), RandomDraw.hash(seed));
        assertNotEquals(RandomDraw.pick(seed, "targets", candidates(1000), 5),
                RandomDraw.pick(RandomDraw.newSeed(), "targets", candidates(1000), 5));
    }

    @Test
    @DisplayName("D-PRE-RANDOM: every candidate is picked about equally often")
    void fair() {
        int[] hits = new int[10];
        for (int i = 0; i < 5000; i++) {
            RandomDraw.Candidate c = RandomDraw.pick("seed-" + i, "targets", candidates(10), 1).get(0);
            hits[Integer.parseInt(c.id().substring(3))]++;
        }
        for (int h : hits) {
            assertTrue(h > 400 && h < 600, "hits " + h);
        }
    }
}
