package gov.enforcement.gateway.devtokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code gateway.dev-tokens.*}: the one-machine stack's token desk, off unless the dev profile turns it on. */
@ConfigMapping(prefix = "gateway.dev-tokens")
public interface DevTokensConfig {

    /** Runtime switch; application.properties sets it only as {@code %dev.gateway.dev-tokens.enabled=true}. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("8h")
    Duration lifetime();
}
