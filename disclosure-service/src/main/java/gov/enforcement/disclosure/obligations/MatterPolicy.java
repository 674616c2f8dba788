package gov.enforcement.disclosure.obligations;

/** D-POST-EXEMPT: a matter configured as not publishable, or with another deadline, and why. */
public record MatterPolicy(String matter, boolean publishable, Integer deadlineDays, String reason) {
}
