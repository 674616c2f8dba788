package gov.enforcement.recording.audit;

import gov.enforcement.audit.crypto.HashAlgorithm;
import gov.enforcement.audit.crypto.SignatureAlgorithm;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code recording.audit.*}: the audit log's algorithms, keys and rhythm. */
@ConfigMapping(prefix = "recording.audit")
public interface AuditConfig {

    /** The log's identity: the first line of every checkpoint and the name of its signing key. */
    @WithDefault("enforcement.gov.cn/recording/audit-log")
    String origin();

    /** {@code sha-256} or {@code sm3}; fixed for the life of a log (the service refuses to start otherwise). */
    @WithDefault("sha-256")
    HashAlgorithm hashAlgorithm();

    Signing signing();

    Sequencer sequencer();

    Checkpoints checkpoint();

    interface Signing {

        /** {@code ed25519} or {@code sm2}. */
        @WithDefault("ed25519")
        SignatureAlgorithm algorithm();

        /**
         * A PEM PKCS#8 private key (a mounted Secret in production). Without one, a key is generated at first
         * start and kept in the database: for development and tests only.
         */
        Optional<Path> keyLocation();
    }

    interface Sequencer {

        /** How often new case events and access records are looked for. */
        @WithDefault("PT0.05S")
        Duration interval();

        /** At most this many leaves per transaction. */
        @WithDefault("1000")
        int batchSize();
    }

    interface Checkpoints {

        /** How often a checkpoint is considered (a scheduler period, 1 s at the finest). */
        @WithDefault("10s")
        String interval();

        /** A tree that did not grow is re-signed after this long, so that checkpoints stay fresh. */
        @WithDefault("PT5M")
        Duration maxAge();
    }
}
