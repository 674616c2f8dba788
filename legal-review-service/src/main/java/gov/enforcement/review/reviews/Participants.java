package gov.enforcement.review.reviews;

import java.util.Set;

/** Who investigated or drafted a case, as the case events tell: officers' certificates and token subjects. */
public record Participants(Set<String> certificates, Set<String> subjects) {

    /** X-SEPARATE: does this person appear among them? */
    public boolean includes(String subject, String certificate) {
        return (subject != null && subjects.contains(subject)) || (certificate != null && certificates.contains(certificate));
    }
}
