package gov.enforcement.disclosure.records;

import java.util.List;

/**
 * D-REDACT, configurable: which kinds of personal data are masked. Resident ID numbers (and any long
 * digit run that could hold one) are always masked; that one is not a choice.
 */
public record RedactionRules(boolean names, boolean phones, boolean addresses, boolean bankAccounts,
                             List<String> addressKeywords) {

    public static RedactionRules all() {
        return new RedactionRules(true, true, true, true, List.of("住址", "地址", "住所", "家住", "现住", "居住于", "居住在", "户籍地"));
    }
}
