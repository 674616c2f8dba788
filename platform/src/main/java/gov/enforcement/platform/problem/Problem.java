package gov.enforcement.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document; {@code rule} names the DOMAIN.md rule that was broken, if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String rule,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://enforcement.gov.cn/problems/";

    /** Extension members are written at the top level, as RFC 9457 wants, and only there. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    /** One invalid input field: a JSON pointer-like path and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
