package gov.enforcement.disclosure.records;

/** A party as published: a person's name masked and no ID number; an organisation's name and credit code. */
public record PublicParty(String name, String type, String creditCode) {
}
