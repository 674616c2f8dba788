package gov.enforcement.disclosure.search;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.events.EventTypes;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestDatabase;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static gov.enforcement.testing.ManagementInterface.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public search on this replica's Lucene index, against the real PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class PublicSearchTest {

    static final String CLERK = TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A);
    static final String SEARCH = "/api/v1/public/decisions?agency=" + TestAgencies.AGENCY_A + "&size=100";
    /** A change committed here or by another replica is searchable within 1 s; the margin is for a busy test machine. */
    static final Duration FRESH = Duration.ofSeconds(2);

    @Inject
    SearchIndex index;

    static String issued(CaseStory story, LocalDate decidedOn) {
        return story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", decidedOn);
    }

    static String publish(String id) {
        given().auth().oauth2(CLERK).post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Rest Assured percent-encodes the query itself. */
    static String q(String text) {
        return SEARCH + "&q=" + text;
    }

    @Test
    @DisplayName("a party's credit code (either case), the document and case numbers find the decision; so do two-character words")
    void exactCodesAndWords() {
        String id = publish(issued(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 29)));
        var record = given().get("/api/v1/public/decisions/" + id).then().statusCode(200).extract().jsonPath();
        for (String query : List.of(CaseStory.ORG_CODE, CaseStory.ORG_CODE.toLowerCase(), record.getString("record.caseNumber"),
                record.getString("record.documentNumber"), "恒信", "劳务", "工资", "拖欠 劳动者")) {
            assertTrue(Searches.ids(q(query)).contains(id), query);
        }
        for (String query : List.of(CaseStory.PERSON, CaseStory.PERSON_ID, CaseStory.PHONE, "恒公")) {
            assertFalse(Searches.ids(q(query)).contains(id), "never found by what redaction removed: " + query);
        }
    }

    @Test
    @DisplayName("freshness: searchable when the clerk's publish answers; a correction's words at once; a withdrawal gone within a second")
    void freshness() {
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = issued(story, LocalDate.of(2026, 9, 28));
        assertFalse(Searches.ids(SEARCH).contains(id), "a draft is not public");
        publish(id);
        assertTrue(Searches.ids(q(CaseStory.ORG_CODE)).contains(id));

        given().auth().oauth2(CLERK).contentType("application/json")
                .body("{\"reason\":\"更正违法事实\",\"facts\":\"经查，该公司未按规定报送年度报告。\"}")
                .post("/api/v1/disclosures/" + id + "/corrections").then().statusCode(200);
        given().get(q("年度报告")).then().statusCode(200).body("items.find { it.disclosureId == '" + id + "' }.version", equalTo(2));
        assertFalse(Searches.ids(q("拖欠")).contains(id), "the old version's words are gone");

        story.undone(EventTypes.DECISION_REVOKED, "认定事实不清");
        TestDatabase.awaitCount("select count(*) from disclosures where disclosure_id = '" + id + "' and status = 'WITHDRAWN'",
                1, Duration.ofSeconds(30));
        Duration gone = Searches.await(SEARCH, id, false, FRESH);
        System.out.println("withdrawal left the search " + gone.toMillis() + " ms after it was seen committed");
    }

    @Test
    @DisplayName("a change written by another replica (straight into PostgreSQL, no wake-up here) is followed within a second")
    void followsOtherReplicas() throws Exception {
        String id = publish(issued(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 25)));
        sql("update disclosures set status = 'WITHDRAWN', withdrawn_at = now() where disclosure_id = '" + id + "'");
        System.out.println("withdrawn elsewhere, gone after " + Searches.await(SEARCH, id, false, FRESH).toMillis() + " ms");
        sql("update disclosures set status = 'PUBLISHED', withdrawn_at = null where disclosure_id = '" + id + "'");
        System.out.println("published elsewhere, listed after " + Searches.await(SEARCH, id, true, FRESH).toMillis() + " ms");
    }

    @Test
    @DisplayName("cursor paging over the API lists every record once, newest first, the same as pages by number")
    void cursorPaging() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(publish(issued(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 8, 17 + i % 2))));
        }
        String base = SEARCH.replace("size=100", "size=2") + "&from=2026-08-17&to=2026-08-18";
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().get(base + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.disclosureId", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(5, walked.size());
        assertEquals(new HashSet<>(ids), new HashSet<>(walked));
        List<String> numbered = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            numbered.addAll(Searches.ids(base + "&page=" + p));
        }
        assertEquals(walked, numbered);
        given().get(base + "&cursor=bm90IGEgY3Vyc29y").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    @DisplayName("the index is rebuilt from PostgreSQL when its directory is deleted or a file is damaged, and found whole otherwise")
    void rebuiltWhenMissingOrDamaged() throws IOException {
        String id = publish(issued(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 24)));
        index.reopen();
        assertFalse(index.rebuiltAtOpen(), "a whole index is reopened, not rebuilt");
        assertTrue(Searches.ids(SEARCH).contains(id));

        deleteAll(index.directory());
        index.reopen();
        assertTrue(index.rebuiltAtOpen());
        assertTrue(Searches.ids(SEARCH).contains(id));

        damageLargestFile(index.directory());
        index.reopen();
        assertTrue(index.rebuiltAtOpen());
        management().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'public-search-index' }.status", equalTo("UP"));
        assertTrue(Searches.ids(SEARCH).contains(id));
        assertTrue(Searches.ids(q(CaseStory.ORG_CODE)).contains(id));
    }

    @Test
    @DisplayName("an index directory in use by another writer is neither opened nor rebuilt (its files are left alone)")
    void anotherWritersDirectoryIsLeftAlone() {
        String id = publish(issued(new CaseStory(TestAgencies.AGENCY_A), LocalDate.of(2026, 9, 23)));
        assertThrows(IllegalStateException.class, () -> IndexStore.open(index.directory(), "another", SearchAnalyzer.create()));
        assertThrows(IllegalStateException.class, () -> IndexStore.create(index.directory(), "another", SearchAnalyzer.create()));
        assertTrue(Searches.ids(SEARCH).contains(id));
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Flips a byte in the middle of the largest file of the last commit (what a restart would open). */
    private static void damageLargestFile(Path directory) throws IOException {
        Path largest;
        try (Directory index = FSDirectory.open(directory)) {
            largest = SegmentInfos.readLatestCommit(index).files(true).stream().map(directory::resolve)
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            long at = file.length() / 2;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(~b);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
