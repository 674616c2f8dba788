package gov.enforcement.disclosure.records;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D-REDACT: masks natural persons' names, resident ID numbers, phone numbers, addresses and bank accounts in
 * text meant for the public. Organisations' names and credit codes are not touched.
 */
public final class Redactor {

    // a maximal run of digits, with the X a resident ID number may end in
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9]+[Xx]?(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3})-(\\d{7,8})(?![0-9])");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d+(号楼|号院|号|栋|幢|单元|室)");
    private static final int BANK_ACCOUNT_MIN = 12;
    // 15 digits is the old (first-generation) resident ID; anything this long could hold an ID: never shown
    private static final int ID_MIN = 15;

    private final RedactionRules rules;
    private final Pattern addressAfterKeyword;

    public Redactor(RedactionRules rules) {
        this.rules = rules;
        String keywords = String.join("|", rules.addressKeywords().stream().map(Pattern::quote).toList());
        this.addressAfterKeyword = keywords.isEmpty() ? null
                : Pattern.compile("(" + keywords + ")([:：为是在]?)([^，,。；;\\s]+)");
    }

    /** A natural person's name as published: the surname character, the rest masked (张三 → 张*). */
    public String personName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String clean = digits(normalise(name));
        if (!rules.names() || clean.length() < 2) {
            return clean;
        }
        return clean.substring(0, 1) + "*".repeat(clean.length() - 1);
    }

    /**
     * An official number the agency assigned (case number, decision document number, e.g. 石人社监罚〔2026〕11号):
     * public by nature, so "11号" is not a house number; ID-length digit runs are still never shown.
     */
    public String officialNumber(String text) {
        return text == null ? null : digits(normalise(text));
    }

    /**
     * A licence number (e.g. 食品经营许可证 JY11301020012345: two letters and 14 digits), public by nature (C-ITEMS), so
     * not a bank account; an ID-length digit run in it — a person's ID number used as one — is still never shown.
     */
    public String licenceNumber(String text) {
        return text == null ? null : DIGIT_RUN.matcher(normalise(text)).replaceAll(m -> Matcher.quoteReplacement(
                m.group().length() >= ID_MIN ? maskRun(m.group()) : m.group()));
    }

    /** Free text (facts, reasons, organisation names…) with the given persons' names and all personal data masked. */
    public String text(String text, Collection<String> personNames) {
        if (text == null) {
            return null;
        }
        String out = normalise(text);
        if (rules.names()) {
            List<String> longestFirst = personNames.stream().filter(n -> n != null && n.length() >= 2)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            for (String name : longestFirst) {
                out = out.replace(name, name.substring(0, 1) + "*".repeat(name.length() - 1));
            }
        }
        if (rules.addresses() && addressAfterKeyword != null) {
            out = addressAfterKeyword.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) + m.group(2) + "*".repeat(Math.min(m.group(3).length(), 12))));
        }
        if (rules.addresses()) {
            out = HOUSE_NUMBER.matcher(out).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1)));
        }
        if (rules.phones()) {
            out = LANDLINE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "-" + "*".repeat(m.group(2).length())));
        }
        return digits(out);
    }

    // full-width digits (１３０１…) are the same number to a reader: fold them before matching
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF38' || c == '\uFF58') {
                out.append(c == '\uFF38' ? 'X' : 'x');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Masks digit runs: ID-length runs always, mobile numbers and bank accounts by the rules. */
    private String digits(String text) {
        return DIGIT_RUN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(maskRun(m.group())));
    }

    private String maskRun(String run) {
        int n = run.length();
        if (n >= ID_MIN) {
            // an ID number, a long bank account or both glued together: only the last four stay
            return "*".repeat(n - 4) + run.substring(n - 4);
        }
        if (rules.bankAccounts() && n >= BANK_ACCOUNT_MIN) {
            return "*".repeat(n - 4) + run.substring(n - 4);
        }
        if (rules.phones() && n == 11 && run.charAt(0) == '1') {
            return run.substring(0, 3) + "****" + run.substring(7);
        }
        return run;
    }
}
