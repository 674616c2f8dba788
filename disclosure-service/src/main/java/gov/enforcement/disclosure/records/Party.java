package gov.enforcement.disclosure.records;

/**
 * A party as the case events name it: raw, never public as such. {@code operatorName} is an individual business's
 * operator (经营者), a natural person whose name is masked wherever it appears.
 */
public record Party(String kind, String name, String idNumber, String creditCode, String operatorName) {

    public Party(String kind, String name, String idNumber, String creditCode) {
        this(kind, name, idNumber, creditCode, null);
    }

    public boolean isPerson() {
        return "PERSON".equals(kind);
    }

    public boolean isIndividualBusiness() {
        return "INDIVIDUAL_BUSINESS".equals(kind);
    }

    /** The natural person this party names, whose name is masked in every public text; null for none. */
    public String personName() {
        return isPerson() ? name : operatorName;
    }
}
