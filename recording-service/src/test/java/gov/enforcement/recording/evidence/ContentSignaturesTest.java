package gov.enforcement.recording.evidence;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSignaturesTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] isoMedia(String brand) {
        return ascii("\0\0\0\u0018ftyp" + brand + "\0\0\0\0");
    }

    @Test
    @DisplayName("R-AV: each accepted media type is recognised by its own signature and by no other's")
    void signatures() {
        assertTrue(ContentSignatures.matches("image/jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE1)));
        assertTrue(ContentSignatures.matches("image/png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)));
        assertTrue(ContentSignatures.matches("image/heic", isoMedia("heic")));
        assertTrue(ContentSignatures.matches("video/mp4", isoMedia("isom")));
        assertTrue(ContentSignatures.matches("video/quicktime", isoMedia("qt  ")));
        assertTrue(ContentSignatures.matches("video/quicktime", ascii("\0\0\0\u0008wide")));
        assertTrue(ContentSignatures.matches("video/webm", bytes(0x1A, 0x45, 0xDF, 0xA3)));
        assertTrue(ContentSignatures.matches("video/x-msvideo", ascii("RIFF\u0010\0\0\0AVI LIST")));
        assertTrue(ContentSignatures.matches("audio/wav", ascii("RIFF\u0010\0\0\0WAVEfmt ")));
        assertTrue(ContentSignatures.matches("audio/mpeg", ascii("ID3\u0004")));
        assertTrue(ContentSignatures.matches("audio/mpeg", bytes(0xFF, 0xFB, 0x90, 0x64)));
        assertTrue(ContentSignatures.matches("audio/aac", bytes(0xFF, 0xF1, 0x50, 0x80)));
        assertTrue(ContentSignatures.matches("audio/amr", ascii("#!AMR\n")));
        assertTrue(ContentSignatures.matches("audio/mp4", isoMedia("M4A ")));
        assertTrue(ContentSignatures.matches("application/pdf", ascii("%PDF-1.7")));

        assertFalse(ContentSignatures.matches("image/jpeg", ascii("MZ\u0090\0")));
        assertFalse(ContentSignatures.matches("image/jpeg", new byte[0]));
        assertFalse(ContentSignatures.matches("video/mp4", isoMedia("heic")), "a HEIF still is not a video");
        assertFalse(ContentSignatures.matches("audio/wav", ascii("RIFF\u0010\0\0\0AVI LIST")));
        assertFalse(ContentSignatures.matches("audio/mpeg", bytes(0xFF, 0xF1, 0x50, 0x80)), "ADTS is AAC, not MP3");
        assertFalse(ContentSignatures.matches("text/html", ascii("<html>")), "an unknown type never matches");
    }

    @Test
    @DisplayName("R-AV: a photo is an image, a recording audio or video; body cameras and CCTV take what they make")
    void kinds() {
        assertTrue(ContentSignatures.kindTakes("PHOTO", "image/jpeg"));
        assertFalse(ContentSignatures.kindTakes("PHOTO", "video/mp4"));
        assertTrue(ContentSignatures.kindTakes("AUDIO", "audio/amr"));
        assertFalse(ContentSignatures.kindTakes("AUDIO", "application/pdf"));
        assertTrue(ContentSignatures.kindTakes("VIDEO", "video/webm"));
        assertFalse(ContentSignatures.kindTakes("VIDEO", "audio/mpeg"));
        assertTrue(ContentSignatures.kindTakes("BODY_CAMERA", "audio/wav"));
        assertTrue(ContentSignatures.kindTakes("CCTV", "image/png"));
        assertFalse(ContentSignatures.kindTakes("CCTV", "audio/wav"));
        assertFalse(ContentSignatures.kindTakes("PHOTO", "image"));
    }

    @Test
    @DisplayName("every media type accepted by default can be recognised")
    void defaultsAreRecognised() {
        String defaults = "image/jpeg,image/png,image/heic,video/mp4,video/quicktime,video/webm,video/x-msvideo,"
                + "audio/mpeg,audio/wav,audio/mp4,audio/aac,audio/amr";
        for (String type : defaults.split(",")) {
            assertTrue(ContentSignatures.recognised().contains(type), type);
        }
        assertEquals(14, ContentSignatures.recognised().size());
    }
}
