package gov.enforcement.system;

import gov.enforcement.devstack.DevStack;
import gov.enforcement.system.FaultLoad.Accepted;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the databases hold after the faults, read directly (each service's own database on the stack's one
 * server), compared with what the clients were told and across the services' projections.
 */
final class FaultChecks {

    private static final Pattern MARKER = Pattern.compile(FaultLoad.MARKER_PREFIX + "[0-9a-f-]{36}");

    /** One row of recording's log. */
    record LoggedEvent(UUID caseId, long version, UUID eventId, String type, String data) {
    }

    /** The counts the summary prints. */
    record Log(int accepted, int found, int duplicates, int lost, List<String> problems) {
    }

    private final DevStack stack;

    FaultChecks(DevStack stack) {
        this.stack = stack;
    }

    /** The numbers that settle once every outbox, consumer and the audit sequencer caught up. */
    String progress() throws SQLException {
        long events = count("recording", "select count(*) from case_events");
        return "events=" + events
                + " legalReviewInbox=" + count("legal_review", "select count(*) from inbox where consumer = 'legal-review-service/case-events'")
                + " disclosureInbox=" + count("disclosure", "select count(*) from inbox where consumer = 'disclosure-service/case-events'")
                + " outboxes=" + count("recording", "select count(*) from outbox") + "/"
                + count("legal_review", "select count(*) from outbox") + "/" + count("disclosure", "select count(*) from outbox")
                + " auditQueue=" + count("recording", "select count(*) from audit_queue")
                + " issued=" + count("recording", "select count(*) from case_events where event_type like '%.DecisionIssued.v1'")
                + " obligations=" + count("disclosure", "select count(*) from disclosures")
                + " published=" + count("disclosure", "select count(*) from disclosures where status = 'PUBLISHED'")
                + " publishedInLog=" + count("recording", "select count(*) from case_events where event_type like '%.DisclosurePublished.v1'")
                + " drafts=" + count("recording", "select count(*) from case_events where event_type like '%.DecisionDrafted.v1'")
                + " classifiedInLog=" + count("recording", "select count(*) from case_events where event_type like '%.DecisionClassified.v1'")
                + " reviewSteps=" + count("legal_review", "select count(*) from review_history"
                + " where kind in ('ReviewOpinionGiven', 'CollectiveDiscussionHeld')")
                + " reviewStepsInLog=" + count("recording", "select count(*) from case_events"
                + " where event_type like '%.ReviewOpinionGiven.v1' or event_type like '%.CollectiveDiscussionHeld.v1'");
    }

    /** Drained: nothing queued anywhere, every consumer at the end of the log, every decision published and recorded. */
    static boolean drained(String progress) {
        if (progress.startsWith("unreadable")) {
            return false;
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : progress.split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], kv[1]);
        }
        String events = values.get("events");
        return values.get("legalReviewInbox").equals(events) && values.get("disclosureInbox").equals(events)
                && values.get("outboxes").equals("0/0/0") && values.get("auditQueue").equals("0")
                && values.get("issued").equals(values.get("obligations"))
                && values.get("obligations").equals(values.get("published"))
                && values.get("published").equals(values.get("publishedInLog"))
                && values.get("drafts").equals(values.get("classifiedInLog"))
                && values.get("reviewSteps").equals(values.get("reviewStepsInLog"));
    }

    /** Every accepted append in the log exactly once, at the version the client was told, and no version gaps. */
    Log log(List<Accepted> accepted) throws SQLException {
        List<LoggedEvent> logged = loggedEvents();
        List<String> problems = new ArrayList<>();
        Map<UUID, LoggedEvent> byId = new HashMap<>();
        Map<String, Integer> byMarker = new HashMap<>();
        int duplicates = 0;
        for (LoggedEvent e : logged) {
            if (byId.put(e.eventId(), e) != null) {
                duplicates++;
                problems.add("event id twice in the log: " + e.eventId());
            }
            Matcher m = MARKER.matcher(e.data());
            while (m.find()) {
                byMarker.merge(m.group(), 1, Integer::sum);
            }
        }
        int found = 0;
        int lost = 0;
        for (Accepted a : accepted) {
            LoggedEvent e = byId.get(a.eventId());
            int copies = byMarker.getOrDefault(a.marker(), 0);
            if (e == null || copies == 0) {
                lost++;
                problems.add("accepted but not in the log: " + a);
                continue;
            }
            found++;
            if (!e.caseId().equals(a.caseId()) || e.version() != a.version() || !e.type().contains("." + a.type() + ".")) {
                problems.add("accepted " + a + " but logged as " + e);
            }
            if (copies > 1) {
                duplicates += copies - 1;
                problems.add("accepted once, logged " + copies + " times: " + a);
            }
        }
        Map<UUID, List<Long>> versions = new HashMap<>();
        logged.forEach(e -> versions.computeIfAbsent(e.caseId(), id -> new ArrayList<>()).add(e.version()));
        versions.forEach((caseId, vs) -> {
            for (int i = 0; i < vs.size(); i++) {
                if (vs.get(i) != i + 1) {
                    problems.add("case " + caseId + " has versions " + vs + ": a gap");
                    return;
                }
            }
        });
        problems.addAll(caseNumbersWithoutGaps());
        return new Log(accepted.size(), found, duplicates, lost, problems);
    }

    /** X-CASENO: a registration cut off by a crash must not leave a hole in the agency's numbers of the year. */
    private List<String> caseNumbersWithoutGaps() throws SQLException {
        Pattern number = Pattern.compile("〔(\\d{4})〕(\\d+)号$");
        Map<String, List<Integer>> byAgencyYear = new HashMap<>();
        try (Connection c = connect("recording"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select agency, case_number from case_streams")) {
            while (rs.next()) {
                Matcher m = number.matcher(rs.getString(2));
                if (m.find()) {
                    byAgencyYear.computeIfAbsent(rs.getString(1) + "/" + m.group(1), k -> new ArrayList<>())
                            .add(Integer.parseInt(m.group(2)));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        byAgencyYear.forEach((agencyYear, numbers) -> {
            numbers.sort(Integer::compare);
            if (numbers.get(0) != 1 || numbers.get(numbers.size() - 1) != numbers.size()) {
                problems.add("X-CASENO: case numbers of " + agencyYear + " are not 1.." + numbers.size());
            }
        });
        return problems;
    }

    /** Legal review and disclosure hold exactly the log: every event claimed once, every case at its version. */
    List<String> projections() throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<UUID> logIds = uuids("recording", "select event_id from case_events");
        compareSets(problems, "legal review's inbox", logIds,
                uuids("legal_review", "select event_id from inbox where consumer = 'legal-review-service/case-events'"));
        compareSets(problems, "disclosure's inbox", logIds,
                uuids("disclosure", "select event_id from inbox where consumer = 'disclosure-service/case-events'"));

        Map<UUID, String> streams = perCase("recording", "select case_id, count(*) || '/' || max(version) from case_events group by case_id");
        compareMaps(problems, "disclosure_cases steps/version", streams,
                perCase("disclosure", "select c.case_id, (select count(*) from disclosure_case_steps s where s.case_id = c.case_id)"
                        + " || '/' || c.case_version from disclosure_cases c"));
        compareSets(problems, "legal review's cases", streams.keySet(), uuids("legal_review", "select case_id from review_cases"));
        compareMaps(problems, "drafts classified by legal review", perCase("recording",
                        "select case_id, count(*)::text from case_events where event_type like '%.DecisionDrafted.v1' group by case_id"),
                perCase("legal_review", "select case_id, count(*)::text from drafts group by case_id"));
        compareMaps(problems, "classifications recorded back into the case file", perCase("legal_review",
                        "select case_id, count(*)::text from drafts group by case_id"),
                perCase("recording", "select case_id, count(*)::text from case_events where event_type like '%.DecisionClassified.v1' group by case_id"));
        for (String kind : List.of("ReviewOpinionGiven", "CollectiveDiscussionHeld")) {
            compareMaps(problems, kind + " recorded into the case file (L-ARCHIVE)", perCase("legal_review",
                            "select r.case_id, count(*)::text from review_history h join reviews r using (review_id)"
                                    + " where h.kind = '" + kind + "' group by r.case_id"),
                    perCase("recording", "select case_id, count(*)::text from case_events where event_type like '%." + kind
                            + ".v1' group by case_id"));
        }
        return problems;
    }

    /** No decision disclosed twice: one obligation per DecisionIssued, one publication each, recorded once. */
    List<String> disclosures() throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<UUID> issued = uuids("recording", "select event_id from case_events where event_type like '%.DecisionIssued.v1'");
        List<UUID> obligations = uuidList("disclosure", "select issued_event_id from disclosures");
        if (obligations.size() != new HashSet<>(obligations).size()) {
            problems.add("a DecisionIssued has more than one disclosure");
        }
        compareSets(problems, "disclosure obligations", issued, new HashSet<>(obligations));
        compareMaps(problems, "publications recorded in the case file", perCase("disclosure",
                        "select case_id, count(*)::text from disclosures where status = 'PUBLISHED' group by case_id"),
                perCase("recording", "select case_id, count(*)::text from case_events where event_type like '%.DisclosurePublished.v1' group by case_id"));
        long feedTwice = count("disclosure", "select count(*) from (select disclosure_id from public_feed where kind = 'PUBLISHED'"
                + " group by disclosure_id having count(*) > 1) d");
        if (feedTwice > 0) {
            problems.add(feedTwice + " disclosures are in the public feed as published more than once");
        }
        return problems;
    }

    /** No deadline missed: nothing overdue, nothing left unpublished past its day, every publication by its due day. */
    List<String> deadlines() throws SQLException {
        List<String> problems = new ArrayList<>();
        long overdue = count("disclosure", "select count(*) from disclosures where overdue_raised_at is not null");
        long late = count("disclosure", "select count(*) from disclosures where status = 'PUBLISHED'"
                + " and (published_at at time zone 'Asia/Shanghai')::date > due_on");
        long pending = count("disclosure", "select count(*) from disclosures where status = 'DRAFT'");
        long noDeadline = count("disclosure", "select count(*) from disclosures where due_on is null and status <> 'EXEMPT'");
        if (overdue + late + pending + noDeadline > 0) {
            problems.add("overdue=" + overdue + " publishedLate=" + late + " stillDraft=" + pending + " noDeadline=" + noDeadline);
        }
        return problems;
    }

    /** Published disclosures by id, for the public API check. */
    Set<UUID> publishedDisclosures() throws SQLException {
        return uuids("disclosure", "select disclosure_id from disclosures where status = 'PUBLISHED'");
    }

    private static void compareSets(List<String> problems, String what, Set<UUID> expected, Set<UUID> actual) {
        Set<UUID> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<UUID> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(what + ": " + missing.size() + " missing " + sample(missing) + ", " + extra.size() + " extra " + sample(extra));
        }
    }

    private static void compareMaps(List<String> problems, String what, Map<UUID, String> expected, Map<UUID, String> actual) {
        List<String> differences = new ArrayList<>();
        Set<UUID> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (UUID k : keys) {
            if (!String.valueOf(expected.get(k)).equals(String.valueOf(actual.get(k)))) {
                differences.add(k + ": log " + expected.get(k) + " vs " + actual.get(k));
            }
        }
        if (!differences.isEmpty()) {
            problems.add(what + ": " + differences.size() + " cases differ, e.g. " + differences.subList(0, Math.min(3, differences.size())));
        }
    }

    private static String sample(Set<UUID> ids) {
        return ids.isEmpty() ? "" : ids.stream().limit(3).toList().toString();
    }

    private List<LoggedEvent> loggedEvents() throws SQLException {
        List<LoggedEvent> events = new ArrayList<>();
        try (Connection c = connect("recording"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select case_id, version, event_id, event_type, data::text from case_events order by case_id, version")) {
            while (rs.next()) {
                events.add(new LoggedEvent(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return events;
    }

    private Map<UUID, String> perCase(String db, String sql) throws SQLException {
        Map<UUID, String> rows = new HashMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return rows;
    }

    private Set<UUID> uuids(String db, String sql) throws SQLException {
        return new HashSet<>(uuidList(db, sql));
    }

    private List<UUID> uuidList(String db, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * An outbox row no broker takes (2 MB), as one stored before texts were capped would be: it must be set aside,
     * not block every later event of every case. Answers its event id.
     */
    UUID plantUnpublishableOutboxRow() throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection c = connect("recording"); java.sql.PreparedStatement insert = c.prepareStatement(
                "insert into outbox (event_id, topic, message_key, payload) values (?, ?, ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, gov.enforcement.events.Topics.CASE_EVENTS);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, "{\"description\":\"" + "x".repeat(2_000_000) + "\"}");
            insert.executeUpdate();
        }
        return eventId;
    }

    /** Whether the relay set that row aside with its reason (and no longer holds it in the outbox). */
    boolean parked(UUID eventId) throws SQLException {
        return count("recording", "select count(*) from outbox_parked where event_id = '" + eventId + "' and reason like '%bytes%'") == 1
                && count("recording", "select count(*) from outbox where event_id = '" + eventId + "'") == 0;
    }

    long count(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(db), stack.postgres().username(), stack.postgres().password());
    }

    /** Polls {@link #progress()} until it is drained and stays the same for a moment. */
    String awaitDrained(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String previous = "";
        while (true) {
            String now;
            try {
                now = progress();
            } catch (SQLException e) {
                now = "unreadable: " + e.getMessage();
            }
            if (drained(now) && now.equals(previous)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the system did not drain within " + timeout + ": " + now);
            }
            previous = now;
            Thread.sleep(1_500);
        }
    }
}
