package gov.enforcement.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;

/** Lets tests of other packages see the field and message a JSON failure becomes. */
public final class ProblemTestAccess {

    private ProblemTestAccess() {
    }

    public static List<String> fieldAndMessage(JsonProcessingException e) {
        Problem problem = ProblemMappers.fromJson(e).toProblem("/");
        Problem.FieldError error = problem.errors().get(0);
        return List.of(error.field(), error.message());
    }
}
