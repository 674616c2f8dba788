package gov.enforcement.disclosure.records;

import gov.enforcement.events.CloudEvent;
import gov.enforcement.events.CloudEventCodec;
import gov.enforcement.disclosure.PublishedContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** DOMAIN.md §1 party classes in what the public sees: an individual business is published as one. */
class PartyClassesTest {

    private static final Redactor REDACTOR = new Redactor(RedactionRules.all());

    @Test
    @DisplayName("D-REDACT, party classes: an individual business is INDIVIDUAL_BUSINESS, and its operator's name is masked everywhere")
    void individualBusiness() {
        Party business = new Party("INDIVIDUAL_BUSINESS", "长安区陈建国小吃店", null, "92130102MA0DQ7XK5A", "陈建国");
        CaseFacts facts = new CaseFacts(UUID.randomUUID(), "11130100MB12345671", "测〔2026〕2号", "PENALTY", "未依法支付劳动报酬",
                "劳动保障监察监督局", List.of(business),
                new Draft("行政处罚决定", "经营者陈建国拖欠两名雇工工资", "《劳动保障监察条例》第二十六条", new BigDecimal("2000"),
                        null, false, false),
                "罚决〔2026〕2号", LocalDate.of(2026, 9, 29), UUID.randomUUID());
        PublicRecord record = new RecordBuilder(REDACTOR).build(facts, LocalDate.of(2027, 9, 29), true, null);
        assertEquals("INDIVIDUAL_BUSINESS", record.parties().get(0).type());
        assertEquals("92130102MA0DQ7XK5A", record.parties().get(0).creditCode());
        CloudEvent event = DisclosureEvents.published(new DisclosureEvents.Origin(facts.caseId(), facts.agency(), 3, null),
                UUID.randomUUID(), 1, OffsetDateTime.now(), record);
        String json = CloudEventCodec.toJson(event);
        assertFalse((json + PublicRecords.json(record)).contains("陈建国"), json);
        PublishedContract.assertValid(json);
    }
}
