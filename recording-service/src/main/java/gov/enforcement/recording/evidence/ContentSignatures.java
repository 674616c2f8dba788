package gov.enforcement.recording.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * R-AV: what evidence content must look like. Each accepted media type has a file signature its first bytes
 * must carry, and each kind of record takes only some families of media: a photo is an image, a recording
 * is audio or video. A label the bytes do not bear out is refused, never stored as evidence of something else.
 */
public final class ContentSignatures {

    /** How many leading bytes the signatures look at. */
    public static final int HEAD_BYTES = 64;

    /** ISO base media brands of still images (HEIF); a video or audio file under these brands is a photo. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif");
    /** The first atoms a QuickTime file may open with besides {@code ftyp}. */
    private static final Set<String> QUICKTIME_ATOMS = Set.of("ftyp", "moov", "mdat", "wide", "free", "skip", "pnot");

    private static final Map<String, Predicate<byte[]>> SIGNATURES = Map.ofEntries(
            Map.entry("image/jpeg", h -> startsWith(h, 0, 0xFF, 0xD8, 0xFF)),
            Map.entry("image/png", h -> startsWith(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
            Map.entry("image/heic", h -> ftypBrand(h).filter(HEIF_BRANDS::contains).isPresent()),
            Map.entry("image/heif", h -> ftypBrand(h).filter(HEIF_BRANDS::contains).isPresent()),
            Map.entry("video/mp4", ContentSignatures::isoMediaNotImage),
            Map.entry("video/quicktime", h -> QUICKTIME_ATOMS.contains(ascii(h, 4, 4))
                    && ftypBrand(h).filter(HEIF_BRANDS::contains).isEmpty()),
            Map.entry("video/webm", h -> startsWith(h, 0, 0x1A, 0x45, 0xDF, 0xA3)),
            Map.entry("video/x-msvideo", h -> riff(h, "AVI ")),
            Map.entry("audio/mpeg", ContentSignatures::mpegAudio),
            Map.entry("audio/mp4", ContentSignatures::isoMediaNotImage),
            Map.entry("audio/aac", h -> ascii(h, 0, 4).equals("ADIF") || adts(h)),
            Map.entry("audio/amr", h -> ascii(h, 0, 5).equals("#!AMR")),
            Map.entry("audio/wav", h -> riff(h, "WAVE")),
            Map.entry("application/pdf", h -> ascii(h, 0, 5).equals("%PDF-")));

    /** Which media families each kind of record (AudioVisualRecorded.kind) takes. */
    private static final Map<String, Set<String>> FAMILIES_OF_KIND = Map.of(
            "PHOTO", Set.of("image"),
            "AUDIO", Set.of("audio"),
            "VIDEO", Set.of("video"),
            "BODY_CAMERA", Set.of("video", "audio", "image"),
            "CCTV", Set.of("video", "image"));

    private ContentSignatures() {
    }

    /** The media types whose content can be recognised; an accepted type must be one of them. */
    public static Set<String> recognised() {
        return SIGNATURES.keySet();
    }

    /** Whether a record of {@code kind} can be content of {@code mediaType} (a photo is an image, …). */
    public static boolean kindTakes(String kind, String mediaType) {
        int slash = mediaType.indexOf('/');
        return slash > 0 && FAMILIES_OF_KIND.getOrDefault(kind, Set.of()).contains(mediaType.substring(0, slash));
    }

    /** The families of media a kind takes, for the refusal's detail. */
    public static Set<String> familiesOf(String kind) {
        return FAMILIES_OF_KIND.getOrDefault(kind, Set.of());
    }

    /** Whether the content's first bytes carry the signature of {@code mediaType}; an unknown type never matches. */
    public static boolean matches(String mediaType, byte[] head) {
        Predicate<byte[]> signature = SIGNATURES.get(mediaType);
        return signature != null && head != null && signature.test(head);
    }

    private static boolean isoMediaNotImage(byte[] h) {
        return ftypBrand(h).filter(brand -> !HEIF_BRANDS.contains(brand)).isPresent();
    }

    /** The major brand of an ISO base media file ({@code ....ftypBRND}). */
    private static Optional<String> ftypBrand(byte[] h) {
        return ascii(h, 4, 4).equals("ftyp") && h.length >= 12 ? Optional.of(ascii(h, 8, 4)) : Optional.empty();
    }

    private static boolean riff(byte[] h, String form) {
        return ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).equals(form);
    }

    /** An ID3 tag, or an MPEG audio frame header (sync, a valid version and layer). */
    private static boolean mpegAudio(byte[] h) {
        if (ascii(h, 0, 3).equals("ID3")) {
            return true;
        }
        return h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0
                && ((h[1] >> 3) & 0x03) != 0x01 && ((h[1] >> 1) & 0x03) != 0x00;
    }

    /** An ADTS frame header: sync word and layer 0. */
    private static boolean adts(byte[] h) {
        return h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xF6) == 0xF0;
    }

    private static boolean startsWith(byte[] h, int offset, int... expected) {
        if (h.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((h[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] h, int offset, int length) {
        return h.length < offset + length ? "" : new String(Arrays.copyOfRange(h, offset, offset + length),
                StandardCharsets.ISO_8859_1);
    }
}
