package gov.enforcement.recording.cases.web;

import gov.enforcement.platform.problem.Problems;

/** Reads the stream version from an {@code If-Match} entity tag such as {@code "3"} or {@code W/"3"}. */
final class VersionTags {

    private VersionTags() {
    }

    static Long parse(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw Problems.invalidField("If-Match", "must be the case's ETag, a positive stream version, e.g. \"3\"");
        }
    }
}
