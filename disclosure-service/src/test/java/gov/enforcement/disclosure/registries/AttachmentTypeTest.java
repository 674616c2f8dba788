package gov.enforcement.disclosure.registries;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentTypeTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("D-PRE-POWERS: documents and images are told by their first bytes, whatever they are called")
    void detectedByContent() throws IOException {
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(AttachmentType.PNG), AttachmentType.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(AttachmentType.OFD), AttachmentType.detect(zip("OFD.xml", "Doc_0/Document.xml")));
        assertEquals(Optional.of(AttachmentType.DOCX), AttachmentType.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(AttachmentType.XLSX), AttachmentType.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    @DisplayName("D-PRE-POWERS: a page (HTML, SVG), a script or any other zip is none of the allowed types")
    void pagesAreNotAttachments() throws IOException {
        for (String page : new String[]{"<html><script>alert(1)</script>", "<svg onload=alert(1)>", "alert(1)", ""}) {
            assertTrue(AttachmentType.detect(page.getBytes(StandardCharsets.UTF_8)).isEmpty(), page);
        }
        assertTrue(AttachmentType.detect(zip("index.html")).isEmpty());
        assertTrue(AttachmentType.detect(new byte[]{'P', 'K', 3, 4, 1, 2}).isEmpty());
        assertTrue(AttachmentType.declared("text/html").isEmpty());
        assertTrue(AttachmentType.declared("image/svg+xml").isEmpty());
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.declared("Application/PDF; charset=binary"));
    }

    @Test
    @DisplayName("a download's name is safe in the header: no quote, line break or path; the extension is the checked type's")
    void safeDownloadName() {
        String header = AttachmentDownload.disposition("../办事\"指南\r\nX-Evil: 1.html", "pdf");
        assertTrue(header.startsWith("attachment; filename=\""), header);
        assertFalse(header.contains("\r") || header.contains("\n") || header.contains("/") || header.contains("\\"), header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), header); // only the two around the fallback
        assertTrue(header.contains(".pdf\"") && header.endsWith(".pdf"), header);
        assertEquals("attachment; filename=\"attachment.bin\"; filename*=UTF-8''attachment.bin",
                AttachmentDownload.disposition("", "bin"));
    }
}
