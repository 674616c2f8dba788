package gov.enforcement.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** A record a test read back from Kafka. */
public record ReceivedRecord(String topic, int partition, long offset, String key, byte[] value,
                             Map<String, byte[]> headers) {

    /** The value as UTF-8 text (the CloudEvents JSON of the project's topics). */
    public String valueAsString() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** The last header of that name, as UTF-8 text. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(v -> new String(v, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset + " key=" + key + " value=" + valueAsString();
    }
}
