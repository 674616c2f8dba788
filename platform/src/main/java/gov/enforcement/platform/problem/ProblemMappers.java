package gov.enforcement.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import gov.enforcement.platform.json.RefusedValueException;
import gov.enforcement.platform.messaging.TransientFailures;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns every failure into {@code application/problem+json}; a client's mistake is never a 500. */
public class ProblemMappers {

    /** untranslatable_character, character_not_in_repertoire */
    static final Set<String> UNSTORABLE_TEXT = Set.of("22P05", "22021");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(fromJson(e).toProblem(uri.getPath()));
    }

    /** More specific than Quarkus' own mapper for this type, which answers without a body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return respond(Problems.invalidFields(errors).toProblem(uri.getPath()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problems.unauthorized("a valid bearer token is required")
                        .toProblem(uri.getPath())))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problems.forbidden("your role does not allow this").toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase();
        String slug = reason.toLowerCase().replace(' ', '-');
        return respond(new ProblemException(status, slug, reason, e.getMessage(), null, null).toProblem(uri.getPath()));
    }

    /**
     * Text that PostgreSQL cannot store (U+0000 in text or jsonb, 22P05/22021) is the client's input, whichever
     * field, query parameter or header it came in: a 400, and the transaction that met it has stored nothing.
     */
    @ServerExceptionMapper
    public Response unstorable(PgException e, UriInfo uri) {
        if (UNSTORABLE_TEXT.contains(e.getSqlState()) || isLoneSurrogate(e)) {
            return respond(Problems.invalidField("text", "contains a character that cannot be stored, such as U+0000 or half of a surrogate pair")
                    .toProblem(uri.getPath()));
        }
        return unexpected(e, uri);
    }

    /**
     * A lone UTF-16 surrogate (a half emoji, "\\ud83d") is valid in a JSON string but not in jsonb, which refuses
     * it as bad JSON (22P02, "Unicode low surrogate must follow a high surrogate"); it can only have come from input.
     */
    static boolean isLoneSurrogate(PgException e) {
        // the services hand PostgreSQL only JSON that Jackson wrote, so bad JSON can only be text jsonb refuses
        return "22P02".equals(e.getSqlState()) && String.valueOf(e.getErrorMessage()).contains("type json");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return unexpected(e, uri.getPath());
    }

    /**
     * A database or broker that is away for a moment (a restart, a failover) is no bug: 503 with Retry-After, so
     * that a client retries (an append with its Idempotency-Key) instead of reporting an internal error, and the
     * log is not flooded with stack traces while it lasts.
     */
    static Response unexpected(Exception e, String path) {
        if (TransientFailures.isTransient(e)) {
            Log.warnf("unavailable on %s: %s", path, e.toString());
            return Response.fromResponse(respond(new ProblemException(503, "service-unavailable", "Service unavailable",
                            "a server this service needs is unavailable for the moment; retry shortly", null, null)
                            .toProblem(path)))
                    .header("Retry-After", "1").build();
        }
        Log.errorf(e, "unexpected failure on %s", path);
        return respond(new ProblemException(500, "internal-error", "Internal error",
                "the request could not be completed; it has been logged", null, null).toProblem(path));
    }

    /**
     * What is wrong with a body, in the client's terms: the field's path and what it must be, never a Java type
     * or a parser's limit (those say nothing to a client and something to an attacker).
     */
    static ProblemException fromJson(JsonProcessingException e) {
        return fromJson(e, "");
    }

    /**
     * The same for JSON read from inside a body: {@code under} is the path of the value it came from ("data"),
     * so that the client is told {@code data.fineAmount}, not {@code fineAmount}.
     */
    public static ProblemException fromJson(JsonProcessingException e, String under) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalidField(under, path(unknown), "is not a known field");
        }
        if (e instanceof RefusedValueException refused) {
            String field = (path(refused) + refused.innerPath()).replaceFirst("^\\.", "");
            return invalidField(under, field.isEmpty() ? "body" : field, refused.getOriginalMessage());
        }
        JsonProcessingException unreadable = parserFailureIn(e);
        if (unreadable instanceof StreamConstraintsException limit) {
            return invalidField(under, pointer(limit), JsonMessages.limitExceeded(limit.getOriginalMessage()));
        }
        String duplicate = unreadable == null ? null : JsonMessages.duplicateKey(unreadable);
        if (duplicate != null) {
            return invalidField(under, pointer(unreadable, duplicate), "is given more than once");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && (unreadable == null || unreadable instanceof InputCoercionException)) {
            return invalidField(under, path(mapping), JsonMessages.expected(mapping));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return invalidField(under, "body", JsonMessages.expected(mismatch));
        }
        return invalidField(under, "body", "is not well-formed JSON: "
                + JsonMessages.parseProblem(unreadable != null ? unreadable : e));
    }

    private static ProblemException invalidField(String under, String field, String message) {
        return Problems.invalidField(under.isEmpty() ? field : field.equals("body") ? under : under + "." + field, message);
    }

    /** The parser's own failure (malformed text, a limit, a key twice) under any mapping wrapper, or null. */
    private static JsonProcessingException parserFailureIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return (JsonProcessingException) t;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Where the parser stood when it stopped, as a dotted path ("body" at the top). */
    private static String pointer(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            String at = parser.getParsingContext().pathAsPointer().toString();
            if (!at.isEmpty()) {
                return at.substring(1).replace('/', '.');
            }
        }
        return "body";
    }

    /** The path of a key the parser met twice: where it stood, which names the key already, or just the key. */
    private static String pointer(JsonProcessingException e, String key) {
        String at = pointer(e);
        return at.equals("body") ? key : at.endsWith(key) ? at : at + "." + key;
    }

    /** Bean-validation paths start with the method and parameter name; the client knows only the body. */
    private static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : propertyPath;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
