package gov.enforcement.recording.cases;

import gov.enforcement.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What a decision about a step may depend on besides the stream: who, when, certificates, AV policy. */
public record StepContext(Caller actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone,
                          AudioVisualCatalogue audioVisual, boolean missingAudioVisualBlocksClosing) {

    public StepContext(Caller actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone) {
        this(actor, now, officers, zone, new AudioVisualCatalogue(java.util.Set.of()), false);
    }
}
