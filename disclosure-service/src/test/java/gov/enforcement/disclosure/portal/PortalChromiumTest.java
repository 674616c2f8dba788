package gov.enforcement.disclosure.portal;

import gov.enforcement.disclosure.CaseStory;
import gov.enforcement.testing.RealServersResource;
import gov.enforcement.testing.TestAgencies;
import gov.enforcement.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal end to end in headless Chromium: the pages carry no script, the search form is followed as the
 * browser submits it (GET), then the result link. CI installs Chromium (CHROME_BIN or on the PATH).
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class PortalChromiumTest {

    @Test
    @DisplayName("D-REDACT in Chromium: search the portal, open the decision, see it masked, without JavaScript")
    void searchAndOpenInChromium() throws Exception {
        String chromium = Chromium.find().orElse(null);
        // CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip
        if (System.getenv("CI") != null && chromium == null) {
            throw new AssertionError("CI must provide Chromium (CHROME_BIN or on the PATH)");
        }
        assumeTrue(chromium != null, "no Chromium on this machine (set CHROME_BIN)");
        CaseStory story = new CaseStory(TestAgencies.AGENCY_A);
        String id = story.issuedAndRecorded("PENALTY", "未依法支付劳动报酬", LocalDate.of(2026, 9, 29));
        given().auth().oauth2(TestTokens.withRole("disclosure-clerk", TestAgencies.AGENCY_A))
                .post("/api/v1/disclosures/" + id + "/publish").then().statusCode(200);
        String base = "http://localhost:" + RestAssured.port;

        String home = Chromium.dumpDom(chromium, base + "/api/v1/public/portal");
        assertTrue(home.contains("行政执法决定公示") && home.contains("name=\"q\"") && home.contains("name=\"agency\""), home);
        assertFalse(home.contains("<script"), "no JavaScript needed");

        // what the browser sends when the form is submitted with these fields filled in
        String results = Chromium.dumpDom(chromium, base + "/api/v1/public/portal?q=" + URLEncoder.encode("恒信", StandardCharsets.UTF_8)
                + "&agency=" + TestAgencies.AGENCY_A + "&category=PENALTY&from=&to=");
        Matcher link = Pattern.compile("href=\"(/api/v1/public/portal/decisions/" + id + ")\"").matcher(results);
        assertTrue(link.find(), results);

        String page = Chromium.dumpDom(chromium, base + link.group(1));
        assertTrue(page.contains("张**") && page.contains(CaseStory.ORG_CODE) && page.contains("违法事实"), page);
        assertFalse(page.contains(CaseStory.PERSON_ID) || page.contains(CaseStory.PERSON) || page.contains(CaseStory.PHONE), page);
    }
}
