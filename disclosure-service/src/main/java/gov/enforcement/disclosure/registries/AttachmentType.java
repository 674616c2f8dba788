package gov.enforcement.disclosure.registries;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment types a powers list may publish: documents and images only, told by their content, never by the
 * type the uploader declares. A page type (HTML, SVG, XML) is never among them: the public serves these files on
 * the API's own address, where a page would run its script.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How many zip entries are read to tell OFD, DOCX and XLSX apart; their marker comes early. */
    private static final int ZIP_ENTRIES_READ = 64;

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The allowed type named by a Content-Type header (parameters and case ignored). */
    public static Optional<AttachmentType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** What the bytes are, when they are one of the allowed types. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return zipped(content);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> zipped(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_READ && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.equalsIgnoreCase("OFD.xml")) {
                    return Optional.of(OFD);
                }
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip: none of ours
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
