package gov.enforcement.disclosure.registries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How an attachment is handed out: always as a download, under a name no header or browser can misread. */
final class AttachmentDownload {

    /** Nothing in the file runs, even if a browser is asked to show it. */
    static final String CSP = "sandbox; default-src 'none'";

    private AttachmentDownload() {
    }

    /** {@code Content-Disposition: attachment} with an ASCII fallback name and the real name in RFC 5987 form. */
    static String disposition(String name, String extension) {
        String base = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\\\/]", "_");
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "attachment";
        }
        // the extension is the checked type's, whatever the uploaded name said
        String full = stem + "." + extension;
        String ascii = full.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
