package gov.enforcement.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's correlation id (or makes one), logs with it and echoes it back. */
public class CorrelationFilters {

    private static final String PROPERTY = "correlationId";

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String id = Correlation.sanitise(request.getHeaderString(Correlation.HEADER));
        request.setProperty(PROPERTY, id);
        Correlation.set(id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HEADER, id.toString());
        }
    }
}
