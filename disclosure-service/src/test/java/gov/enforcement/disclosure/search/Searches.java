package gov.enforcement.disclosure.search;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Public searches in tests: the ids a search lists, and waiting for the index to follow a change. */
public final class Searches {

    private Searches() {
    }

    public static List<String> ids(String url) {
        return given().get(url).then().statusCode(200).extract().jsonPath().getList("items.disclosureId", String.class);
    }

    /** Waits (at most {@code within}) until the search lists the record or no longer does; answers how long it took. */
    public static Duration await(String url, String id, boolean listed, Duration within) {
        long started = System.nanoTime();
        long deadline = started + within.toNanos();
        while (ids(url).contains(id) != listed && System.nanoTime() < deadline) {
            sleep();
        }
        assertEquals(listed, ids(url).contains(id), url + (listed ? " lists " : " does not list ") + id + " within " + within);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    public static Duration await(String url, String id, boolean listed) {
        return await(url, id, listed, Duration.ofSeconds(5));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
