package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that is well-formed JSON but that no field may hold (see {@link JsonValueRules}). Jackson adds the path
 * of the field it was read into; {@link #innerPath} locates the value inside a free-form JSON field.
 */
public class RefusedValueException extends JsonMappingException {

    private final String innerPath;

    public RefusedValueException(JsonParser parser, String innerPath, String message) {
        super(parser, message);
        this.innerPath = innerPath;
    }

    /** Where inside a free-form value ({@code ".items[2].amount"}), or "" for the field itself. */
    public String innerPath() {
        return innerPath;
    }
}
