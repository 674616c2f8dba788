package gov.enforcement.disclosure.records;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** D-REDACT, as properties over many generated ID numbers, phone numbers, names and free text. */
class RedactionPropertiesTest {

    private static final Redactor REDACTOR = new Redactor(RedactionRules.all());
    private static final String ORG = "石家庄恒信建筑劳务有限公司";
    private static final String ORG_CODE = "91130102MA0DQ7XK5H";

    @Provide
    Arbitrary<String> ids() {
        return IdNumbers.residentIds();
    }

    @Provide
    Arbitrary<String> mobiles() {
        return IdNumbers.mobiles();
    }

    @Provide
    Arbitrary<String> names() {
        return IdNumbers.chineseNames();
    }

    @Provide
    Arbitrary<String> text() {
        return IdNumbers.freeText();
    }

    @Provide
    Arbitrary<Boolean> lowerX() {
        return Arbitraries.of(true, false);
    }

    @Property(tries = 2000)
    @Label("D-REDACT: a raw resident ID number never survives redaction of free text, wherever it is put")
    void idNeverSurvives(@ForAll("ids") String id, @ForAll("text") String before, @ForAll("text") String after,
                         @ForAll("lowerX") boolean lower) {
        String written = lower ? id.toLowerCase() : id;
        String out = REDACTOR.text(before + written + after, List.of());
        assertFalse(out.toUpperCase().contains(id), out);
    }

    @Property(tries = 1000)
    @Label("D-REDACT: mobile numbers never survive")
    void mobileNeverSurvives(@ForAll("mobiles") String mobile, @ForAll("text") String before, @ForAll("text") String after) {
        assertFalse(REDACTOR.text(before + mobile + after, List.of()).contains(mobile));
    }

    @Property(tries = 1000)
    @Label("D-REDACT: the published record and its public event hold no raw ID, mobile or person's full name; the organisation stays")
    void publicRecordAndEvent(@ForAll("ids") String id, @ForAll("mobiles") String mobile, @ForAll("names") String name,
                              @ForAll("text") String noise) {
        String facts = noise + "当事人" + name + "（身份证号" + id + "，电话" + mobile + "）住址：某市某路8号，" + noise;
        CaseFacts facts0 = new CaseFacts(UUID.randomUUID(), "11130100MB12345671", "测〔2026〕1号", "PENALTY", "未依法支付劳动报酬",
                "劳动保障监察监督局", List.of(new Party("PERSON", name, id, null), new Party("ORGANISATION", ORG, null, ORG_CODE)),
                new Draft("行政处罚决定", facts, "《劳动保障监察条例》第二十六条 " + name, new BigDecimal("20000"), null, false, false),
                "罚决〔2026〕" + mobile + "号", LocalDate.of(2026, 9, 29), UUID.randomUUID());
        PublicRecord record = new RecordBuilder(REDACTOR).build(facts0, LocalDate.of(2027, 9, 29), true, null);
        CloudEvent event = DisclosureEvents.published(new DisclosureEvents.Origin(facts0.caseId(), facts0.agency(), 3, null),
                UUID.randomUUID(), 1, OffsetDateTime.now(), record);
        String json = CloudEventCodec.toJson(event) + PublicRecords.json(record) + PublicRecords.searchText(record);
        assertFalse(json.toUpperCase().contains(id), json);
        assertFalse(json.contains(mobile), json);
        assertFalse(json.contains(name), json);
        assertTrue(json.contains(ORG) && json.contains(ORG_CODE), json);
    }
}
