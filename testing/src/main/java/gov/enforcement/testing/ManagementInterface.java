package gov.enforcement.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests to a service's management interface (quarkus.management: health and metrics), which its API port does not
 * serve: the edge and the gateway's routes reach only the API port.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** RestAssured aimed at the management port of the application under test (random in tests). */
    public static RequestSpecification management() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }

    /** Health and metrics answer on the management port only; the OpenAPI document stays on the API port. */
    public static void assertHealthAndMetricsOnlyOnTheManagementPort() {
        for (String path : new String[]{"/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
        }
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().get("/q/health/ready").then().statusCode(200);
        management().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
