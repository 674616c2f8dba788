package gov.enforcement.recording.analysis;

import java.util.Map;

/** R-ANALYSE: one agency's weak links in a period. */
public record WeakLinks(String agency, long casesRegistered, long missingAudioVisual, long outOfOrderRefused,
                        Map<String, Long> refusalsByRule, long reviewReturns, long overdueSteps,
                        Map<String, Long> overdueLimits) {
}
