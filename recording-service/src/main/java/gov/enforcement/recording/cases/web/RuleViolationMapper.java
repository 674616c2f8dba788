package gov.enforcement.recording.cases.web;

import gov.enforcement.platform.problem.Problem;
import gov.enforcement.platform.problem.ProblemException;
import gov.enforcement.platform.problem.Problems;
import gov.enforcement.recording.cases.domain.RuleViolation;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The edge's answer to a domain refusal: the problem+json it stands for. */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response refused(RuleViolation violation, UriInfo uri) {
        var problem = asProblem(violation).toProblem(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The problem+json answer to a refusal, for callers that answer several outcomes at once. */
    public static ProblemException asProblem(RuleViolation violation) {
        ProblemException problem = switch (violation.kind()) {
            case CONFLICT -> Problems.conflict(violation.detail());
            case INVALID -> Problems.invalidField(violation.field(), violation.detail());
            case RULE -> violation.field() == null
                    ? Problems.ruleViolated(violation.rule(), violation.detail())
                    : Problems.ruleViolated(violation.rule(), violation.field(), violation.detail());
        };
        violation.facts().forEach(problem::with);
        return problem;
    }
}
