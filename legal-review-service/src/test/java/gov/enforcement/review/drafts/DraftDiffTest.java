package gov.enforcement.review.drafts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DraftDiffTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    @DisplayName("L-OPINION: a resubmitted draft lists each changed field with its value before and after")
    void changedFields() throws Exception {
        JsonNode before = json("{'revision':1,'draftHash':'a','facts':'F','fineAmount':60000,'declaredFlags':['MAJOR_RIGHTS'],"
                + "'confiscationAmount':null,'afterHearing':true}");
        JsonNode after = json("{'revision':2,'draftHash':'b','facts':'F','fineAmount':55000.00,'declaredFlags':[],"
                + "'confiscationAmount':1000,'afterHearing':true}");
        assertEquals(List.of(
                new DraftDiff.Change("confiscationAmount", null, "1000"),
                new DraftDiff.Change("declaredFlags", "[\"MAJOR_RIGHTS\"]", "[]"),
                new DraftDiff.Change("fineAmount", "60000", "55000")), DraftDiff.between(before, after));
    }

    @Test
    @DisplayName("L-OPINION: the same amount written differently is no change; hash and revision are never listed")
    void sameContent() throws Exception {
        assertEquals(List.of(), DraftDiff.between(json("{'revision':1,'draftHash':'a','fineAmount':40000}"),
                json("{'revision':2,'draftHash':'b','fineAmount':40000.00}")));
    }
}
