package gov.enforcement.disclosure.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of results ended, in the documented order (decision date descending, then id): the next page starts
 * strictly after it, so records published meanwhile cause neither duplicates nor gaps. Opaque to clients.
 */
public record SearchCursor(LocalDate decidedOn, UUID disclosureId) {

    /** Far longer than any cursor this class writes (about 60 characters); anything longer is refused unread. */
    public static final int MAX_LENGTH = 100;
    private static final String VERSION = "1";

    public String encode() {
        String plain = VERSION + "." + decidedOn.toEpochDay() + "." + disclosureId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor written by {@link #encode}; anything else is an {@link IllegalArgumentException}. */
    public static SearchCursor decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is too long");
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("is not a cursor of this search");
        }
        LocalDate day = LocalDate.ofEpochDay(Long.parseLong(parts[1]));
        UUID id = UUID.fromString(parts[2]);
        if (!id.toString().equals(parts[2]) || day.getYear() < 1900 || day.getYear() > 2200) {
            throw new IllegalArgumentException("is not a cursor of this search");
        }
        return new SearchCursor(day, id);
    }
}
