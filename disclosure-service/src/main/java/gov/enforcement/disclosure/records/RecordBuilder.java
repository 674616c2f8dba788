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

    /** The record as generated, of the kind the facts are (P-OUTCOME); {@code replaces} names a withdrawn one or is null. */
    public PublicRecord build(CaseFacts c, LocalDate publicUntil, boolean penaltyCredit, PublicRecord.Replaces replaces) {
        List<String> names = c.personNames();
        Draft d = c.draft();
        // an individual business is published as one, by its name with its operator masked (DOMAIN.md §1, D-REDACT)
        List<PublicParty> parties = c.parties().stream().map(p -> p.isPerson()
                ? new PublicParty(redactor.personName(p.name()), "PERSON", null)
                : new PublicParty(redactor.text(p.name(), names), p.isIndividualBusiness() ? "INDIVIDUAL_BUSINESS"
                : "ORGANISATION", p.creditCode())).toList();
        // only a penalty (and the older, unnamed other decisions) has penalty items: nothing else may look like one
        boolean penaltyItems = c.kind().hasPenaltyItems();
        String documentNumber = c.kind() == DecisionKind.LICENCE && c.licence() != null && c.licence().granted()
                ? redactor.licenceNumber(c.documentNumber()) : redactor.officialNumber(c.documentNumber());
        return new PublicRecord(parties, redactor.officialNumber(c.caseNumber()), documentNumber,
                c.category(), redactor.text(c.matter(), names), redactor.text(d.facts(), names),
                redactor.text(d.legalBasis(), names), penaltyItems ? redactor.text(penaltyCategory(d), names) : null,
                penaltyItems ? redactor.text(penaltyContent(d), names) : null, penaltyItems ? d.fineAmount() : null,
                penaltyItems ? d.confiscationAmount() : null, c.decidedOn(), c.agency(), redactor.text(c.unit(), names),
                publicUntil, "PUBLISHED", c.issuedEventId(), PublicRecord.proofLink(c.issuedEventId()), c.kind(),
                c.kind() == DecisionKind.NO_PENALTY ? d.noPenaltyGround() : null, penaltyCredit, licence(c, names),
                inspection(c, names), replaces == null ? null
                : new PublicRecord.Replaces(replaces.disclosureId(), redactor.officialNumber(replaces.documentNumber())));
    }

    private PublicRecord.Licence licence(CaseFacts c, List<String> names) {
        PublicRecord.Licence l = c.licence();
        return l == null ? null : new PublicRecord.Licence(l.granted(), redactor.licenceNumber(l.number()), l.kind(),
                l.validFrom(), l.validTo(), redactor.text(l.reasons(), names));
    }

    // D-REDACT: the subject is free text and may be a natural person's name; the case's persons are masked in it
    private PublicRecord.Inspection inspection(CaseFacts c, List<String> names) {
        PublicRecord.Inspection i = c.inspection();
        return i == null ? null : new PublicRecord.Inspection(redactor.text(i.subject(), names),
                i.items().stream().map(item -> redactor.text(item, names)).toList(), i.result(),
                redactor.text(i.findings(), names), i.randomDrawId());
    }

    /** 处罚类别 from what the decision imposes; the decision type when it imposes none of these. */
    static String penaltyCategory(Draft d) {
        List<String> kinds = new ArrayList<>();
        if (d.penalties().contains("WARNING")) {
            kinds.add("警告");
        }
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
        if (d.penalties().contains("WARNING")) {
            parts.add("警告");
        }
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
