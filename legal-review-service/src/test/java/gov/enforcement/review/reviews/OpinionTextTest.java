package gov.enforcement.review.reviews;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OpinionTextTest {

    @Test
    @DisplayName("L-RESPONSIBILITY: the signed text is canonical — sorted keys, items in L-ITEMS order, whatever order they came in")
    void canonical() {
        List<ItemResult> items = ReviewRulesTest.allPassed();
        List<ItemResult> shuffled = new ArrayList<>(items);
        Collections.reverse(shuffled);
        byte[] a = OpinionText.canonical("c", "r", "h", "APPROVE", items, null, "reviewer-zhao", "2026-10-09T10:00:00+08:00");
        byte[] b = OpinionText.canonical("c", "r", "h", "APPROVE", shuffled, null, "reviewer-zhao", "2026-10-09T10:00:00+08:00");
        assertArrayEquals(a, b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertEquals("{\"caseId\":\"c\",\"draftHash\":\"h\",\"givenAt\":\"2026-10-09T10:00:00+08:00\",\"items\":[{\"comment\":null,"
                + "\"item\":\"COMPETENCE\",\"passed\":true}", text.substring(0, text.indexOf("},") + 1));
    }
}
