package gov.enforcement.recording.cases;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The edge's answer to a domain refusal: the problem+json it stands for. */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response refused(RuleViolation violation, UriInfo uri) {
        var problem = violation.toProblem().toProblem(uri.getPath());
        return Response.status(problem.status()).type(gov.enforcement.platform.problem.Problem.MEDIA_TYPE).entity(problem).build();
    }
}
