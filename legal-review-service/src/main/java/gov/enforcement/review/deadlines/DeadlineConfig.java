package gov.enforcement.review.deadlines;

import gov.enforcement.platform.calendar.HolidayCnFormat;
import gov.enforcement.platform.calendar.WorkingDayCalendar;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** Wires the pure deadline rules to the shipped calendar and the configured numbers of working days. */
public class DeadlineConfig {

    /** Review dates are Chinese calendar dates, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    ReviewDeadlines deadlines(@ConfigProperty(name = "review.deadline.working-days", defaultValue = "5") int days,
                              @ConfigProperty(name = "review.deadline.extension-working-days", defaultValue = "5")
                              int extensionDays) {
        return new ReviewDeadlines(new WorkingDayCalendar(HolidayCnFormat.shipped()), days, extensionDays);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
