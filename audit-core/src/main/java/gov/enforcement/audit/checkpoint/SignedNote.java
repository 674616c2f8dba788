package gov.enforcement.audit.checkpoint;

import gov.enforcement.audit.crypto.Signer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A c2sp.org/signed-note: the text, a blank line, then lines {@code — <key name> base64(key id || signature)}.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    private static final String DASH = "\u2014 ";

    /** One signature line: who signed (name and 4-byte id, hex) and the signature over the text. */
    public record NoteSignature(String keyName, String keyId, byte[] signature) {
    }

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    public static SignedNote sign(String text, Signer signer) {
        byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
        return new SignedNote(text, List.of(new NoteSignature(signer.key().name(), signer.key().id(), signature)));
    }

    public String encode() {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSignature s : signatures) {
            byte[] idAndSignature = new byte[4 + s.signature().length];
            System.arraycopy(HexFormat.of().parseHex(s.keyId()), 0, idAndSignature, 0, 4);
            System.arraycopy(s.signature(), 0, idAndSignature, 4, s.signature().length);
            note.append(DASH).append(s.keyName()).append(' ')
                    .append(Base64.getEncoder().encodeToString(idAndSignature)).append('\n');
        }
        return note.toString();
    }

    public static SignedNote parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("a signed note is text, a blank line and signature lines");
        }
        String text = note.substring(0, split + 1);
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : note.substring(split + 2, note.length() - 1).split("\n")) {
            String[] parts = line.startsWith(DASH) ? line.substring(DASH.length()).split(" ") : new String[0];
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a signature line: " + line);
            }
            byte[] idAndSignature = Base64.getDecoder().decode(parts[1]);
            if (idAndSignature.length < 5) {
                throw new IllegalArgumentException("signature too short: " + line);
            }
            signatures.add(new NoteSignature(parts[0], HexFormat.of().formatHex(idAndSignature, 0, 4),
                    Arrays.copyOfRange(idAndSignature, 4, idAndSignature.length)));
        }
        return new SignedNote(text, signatures);
    }
}
