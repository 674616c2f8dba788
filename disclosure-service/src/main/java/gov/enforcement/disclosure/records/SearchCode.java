package gov.enforcement.disclosure.records;

/**
 * Spells each character as four base-36 symbols, so that pg_trgm, which finds no trigrams in Chinese text
 * under the database's C ctype, indexes it: a query of two characters becomes eight symbols, six trigrams.
 * A match that straddles two characters is a false positive, removed by a LIKE on the plain text.
 */
public final class SearchCode {

    private static final int WIDTH = 4;

    private SearchCode() {
    }

    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * WIDTH);
        text.toLowerCase().codePoints().forEach(cp -> {
            String symbols = Integer.toString(cp, 36);
            out.append("0".repeat(Math.max(0, WIDTH - symbols.length()))).append(symbols);
        });
        return out.toString();
    }
}
