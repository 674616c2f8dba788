package gov.enforcement.disclosure.records;

/** A party as the case events name it: raw, never public as such. */
public record Party(String kind, String name, String idNumber, String creditCode) {

    public boolean isPerson() {
        return "PERSON".equals(kind);
    }
}
