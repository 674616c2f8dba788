package gov.enforcement.platform.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Reads the holiday-cn JSON format ({@code {"year":…, "days":[{"date","isOffDay"}]}}), strictly. */
public final class HolidayCnFormat {

    // one JSON value and nothing after it, each key once, as every request body (StrictJson)
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    private static final int FIRST_SHIPPED_YEAR = 2019;
    private static final int LAST_SHIPPED_YEAR = 2027;

    private HolidayCnFormat() {
    }

    /** Parses one year; an invalid date, a duplicate day or a day of another year refuses the whole year. */
    public static CalendarYear parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidCalendarException(0, "not JSON: " + e.getMessage());
        }
        if (root == null || !root.path("year").canConvertToInt() || !root.path("days").isArray()) {
            throw new InvalidCalendarException(0, "needs a numeric \"year\" and a \"days\" array");
        }
        int year = root.get("year").asInt();
        Set<LocalDate> seen = new HashSet<>();
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (JsonNode day : root.get("days")) {
            LocalDate date = date(year, day.path("date").asText(null));
            if (!day.path("isOffDay").isBoolean()) {
                throw new InvalidCalendarException(year, date + " needs a boolean isOffDay");
            }
            if (!seen.add(date)) {
                throw new InvalidCalendarException(year, date + " appears twice");
            }
            if (day.get("isOffDay").asBoolean()) {
                off.add(date);
            } else if (isWeekend(date)) {
                makeUp.add(date);
            }
        }
        return new CalendarYear(year, off, makeUp, digest(json));
    }

    /** The years shipped with the project, 2019–2027. */
    public static List<CalendarYear> shipped() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year = FIRST_SHIPPED_YEAR; year <= LAST_SHIPPED_YEAR; year++) {
            String resource = "calendar/cn/" + year + ".json";
            try (InputStream in = HolidayCnFormat.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped calendar " + resource);
                }
                years.add(parse(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return years;
    }

    private static LocalDate date(int year, String text) {
        if (text == null) {
            throw new InvalidCalendarException(year, "a day has no date");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException(year, "\"" + text + "\" is not a valid date");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String digest(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(new String(json, StandardCharsets.UTF_8)
                    .replaceAll("\\s", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
