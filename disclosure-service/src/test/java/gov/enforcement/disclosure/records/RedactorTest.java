package gov.enforcement.disclosure.records;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {

    private final Redactor redactor = new Redactor(RedactionRules.all());

    @Test
    @DisplayName("D-REDACT: a person's name keeps its surname character only")
    void names() {
        assertEquals("张*", redactor.personName("张三"));
        assertEquals("欧***", redactor.personName("欧阳娜娜"));
        assertEquals("经查，张*拖欠工资", redactor.text("经查，张三拖欠工资", List.of("张三")));
    }

    @Test
    @DisplayName("D-REDACT: ID numbers, mobile and landline numbers, bank accounts and addresses are masked")
    void personalData() {
        String out = redactor.text("身份证号130102198001010010，电话13812345678，座机0311-87654321，账号6222021234567890123，"
                + "住址：石家庄市长安区建设北大街1号，罚款20000元", List.of());
        assertFalse(out.contains("130102198001010010"), out);
        assertFalse(out.contains("13812345678"), out);
        assertFalse(out.contains("87654321"), out);
        assertFalse(out.contains("6222021234567890123"), out);
        assertFalse(out.contains("建设北大街"), out);
        assertTrue(out.contains("138****5678"), out);
        assertTrue(out.contains("罚款20000元"), "amounts stay: " + out);
    }

    @Test
    @DisplayName("D-REDACT: organisations' names and credit codes are public")
    void organisationsStay() {
        assertEquals("石家庄恒信建筑劳务有限公司（91130102MA0DQ7XK5H）",
                redactor.text("石家庄恒信建筑劳务有限公司（91130102MA0DQ7XK5H）", List.of("张三")));
    }

    @Test
    @DisplayName("D-REDACT: ID numbers are masked even when every configurable rule is off, and in full-width digits")
    void idNumbersAlways() {
        Redactor none = new Redactor(new RedactionRules(false, false, false, false, List.of()));
        assertFalse(none.text("号码13010219800101001X。", List.of()).contains("13010219800101001X"));
        assertFalse(none.text("１３０１０２１９８００１０１００１０", List.of()).contains("130102198001010010"));
    }

    @Test
    @DisplayName("D-REDACT: an official document number stays readable; an ID number inside one does not")
    void officialNumbersStayPublic() {
        assertEquals("石人社监罚〔2026〕11号", redactor.officialNumber("石人社监罚〔2026〕11号"));
        assertFalse(redactor.officialNumber("罚字130102198001010010号").contains("130102198001010010"));
    }

    @Test
    @DisplayName("D-REDACT, P-LICENSE: a licence number is public (not a bank account), but an ID number used as one is masked")
    void licenceNumbers() {
        assertEquals("JY11301020012345", redactor.licenceNumber("JY11301020012345"));
        assertEquals("JY**********2345", redactor.officialNumber("JY11301020012345"));
        assertEquals("证**************0010", redactor.licenceNumber("证130102198001010010"));
    }
}
