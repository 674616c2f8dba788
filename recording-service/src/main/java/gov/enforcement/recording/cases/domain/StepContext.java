package gov.enforcement.recording.cases.domain;

import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What a decision about a step may depend on besides the stream: who, when, certificates, configured limits. */
public record StepContext(Actor actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone,
                          AudioVisualCatalogue audioVisual, boolean missingAudioVisualBlocksClosing,
                          OnTheSpotLimits onTheSpot, WorkingDayCalendar calendar, MasterData master) {

    /** The official working-day calendar as shipped (CAL): what licensing's 20 working days count on. */
    public static final WorkingDayCalendar SHIPPED_CALENDAR = new WorkingDayCalendar(HolidayCnFormat.shipped());

    /**
     * P-SIMPLE: the largest fine decided on the spot, for a citizen and for an organisation (Penalty Law art 51:
     * 200 and 3,000 yuan; some laws differ, so these are configuration).
     */
    public record OnTheSpotLimits(BigDecimal person, BigDecimal organisation) {

        public static final OnTheSpotLimits PENALTY_LAW = new OnTheSpotLimits(new BigDecimal("200"), new BigDecimal("3000"));
    }

    /** A context without master data: nothing named by code is known (P-MASTER). */
    public StepContext(Actor actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone,
                       AudioVisualCatalogue audioVisual, boolean missingAudioVisualBlocksClosing,
                       OnTheSpotLimits onTheSpot, WorkingDayCalendar calendar) {
        this(actor, now, officers, zone, audioVisual, missingAudioVisualBlocksClosing, onTheSpot, calendar, MasterData.NONE);
    }

    public StepContext(Actor actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone,
                       AudioVisualCatalogue audioVisual, boolean missingAudioVisualBlocksClosing) {
        this(actor, now, officers, zone, audioVisual, missingAudioVisualBlocksClosing, OnTheSpotLimits.PENALTY_LAW,
                SHIPPED_CALENDAR);
    }

    public StepContext(Actor actor, OffsetDateTime now, OfficerRegistry officers, ZoneId zone) {
        this(actor, now, officers, zone, new AudioVisualCatalogue(java.util.Set.of()), false);
    }

    java.time.LocalDate today() {
        return now.atZoneSameInstant(zone).toLocalDate();
    }
}
