package gov.enforcement.platform.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every JSON text a service reads is one value with each key once: {@code {"a":1},} is malformed, and so is
 * {@code {"a":1,"a":2}}, which would otherwise mean whatever the last key says (or fail deep inside a record's
 * constructor). What only a client's body must also be is in {@link RequestBodyJson}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // JSON types are taken as sent: 999 is no true, 3.7 no 3, "12" no number (nothing this system writes
        // needs a coercion, so stored rows and events read as before)
        for (LogicalType scalar : new LogicalType[]{LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.Integer, scalar == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Float, scalar == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }
}
