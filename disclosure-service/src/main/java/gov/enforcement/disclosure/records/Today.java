package gov.enforcement.disclosure.records;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Dates and times as the agencies count them: China Standard Time, whatever the server's zone. */
@ApplicationScoped
public class Today {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public LocalDate date() {
        return LocalDate.now(CHINA);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(CHINA);
    }
}
