package gov.enforcement.disclosure.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the public record from the case facts; every text goes through the {@link Redactor} (D-REDACT). */
public final class RecordBuilder {

    private final Redactor redactor;

    public RecordBuilder(Redactor redactor) {
        this.redactor = redactor;
    }

    public Redactor redactor() {
        return redactor;
    }

    public PublicRecord build(CaseFacts c, LocalDate publicUntil) {
        List<String> names = c.personNames();
        Draft d = c.draft();
        List<PublicParty> parties = c.parties().stream().map(p -> p.isPerson()
                ? new PublicParty(redactor.personName(p.name()), "PERSON", null)
                : new PublicParty(redactor.text(p.name(), names), "ORGANISATION", p.creditCode())).toList();
        return new PublicRecord(parties, redactor.officialNumber(c.caseNumber()), redactor.officialNumber(c.documentNumber()),
                c.category(), redactor.text(c.matter(), names), redactor.text(d.facts(), names),
                redactor.text(d.legalBasis(), names), redactor.text(penaltyCategory(d), names),
                redactor.text(penaltyContent(d), names), d.fineAmount(), d.confiscationAmount(), c.decidedOn(),
                c.agency(), redactor.text(c.unit(), names), publicUntil, "PUBLISHED", c.issuedEventId(),
                PublicRecord.proofLink(c.issuedEventId()));
    }

    /** 处罚类别 from what the decision imposes; the decision type when it imposes none of these. */
    static String penaltyCategory(Draft d) {
        List<String> kinds = new ArrayList<>();
        if (positive(d.fineAmount())) {
            kinds.add("罚款");
        }
        if (positive(d.confiscationAmount())) {
            kinds.add("没收违法所得、没收非法财物");
        }
        if (d.licenceRevoked()) {
            kinds.add("吊销许可证件");
        }
        if (d.businessClosed()) {
            kinds.add("责令停产停业、责令关闭");
        }
        return kinds.isEmpty() ? d.decisionType() : String.join("；", kinds);
    }

    /** 处罚内容 in words, with the amounts. */
    static String penaltyContent(Draft d) {
        List<String> parts = new ArrayList<>();
        if (positive(d.fineAmount())) {
            parts.add("罚款人民币" + d.fineAmount().stripTrailingZeros().toPlainString() + "元");
        }
        if (positive(d.confiscationAmount())) {
            parts.add("没收违法所得、非法财物人民币" + d.confiscationAmount().stripTrailingZeros().toPlainString() + "元");
        }
        if (d.licenceRevoked()) {
            parts.add("吊销许可证件");
        }
        if (d.businessClosed()) {
            parts.add("责令停产停业、责令关闭");
        }
        return parts.isEmpty() ? d.decisionType() : String.join("；", parts);
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
