package gov.enforcement.review.catalogue;

import gov.enforcement.platform.problem.ProblemException;

/** Reads the catalogue version a change is based on from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
final class CatalogueVersionTag {

    private CatalogueVersionTag() {
    }

    /** 428 without the header: a change must say which version it replaces, so that two admins never overwrite blind. */
    static int required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "If-Match: a catalogue change must send the ETag of the version in force (GET /api/v1/review-catalogue)",
                    "L-CATALOGUE", null);
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[1-9][0-9]{0,8}")) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "If-Match: must be the ETag of the catalogue version in force, e.g. \"3\"", "L-CATALOGUE", null);
        }
        return Integer.parseInt(tag);
    }

    static ProblemException stale(int asked, int inForce) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", "If-Match: version " + asked
                + " is not the catalogue in force (version " + inForce + "); read it again", "L-CATALOGUE", null)
                .with("currentVersion", inForce);
    }
}
