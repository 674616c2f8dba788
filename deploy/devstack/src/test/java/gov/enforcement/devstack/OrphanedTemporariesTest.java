package gov.enforcement.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrphanedTemporariesTest {

    @TempDir
    Path tmp;

    @Test
    void deletesOldUnlockedFoldersOnly() throws Exception {
        Path orphan = temporary("epg-orphan", Duration.ofHours(1));
        Path young = temporary("epg-young", Duration.ofMinutes(1));
        Path inUse = temporary("epg-in-use", Duration.ofHours(1));
        Path unrelated = temporary("other-old", Duration.ofHours(1));
        Path lockFile = Files.createFile(inUse.resolve("data/epg-lock"));
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            // the lock is held by this JVM, as zonky holds it while the server runs
            OrphanedTemporaries.reapAll(tmp);
        }
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(young), "may belong to a JVM still running initdb");
        assertTrue(Files.exists(inUse), "its owner is alive");
        assertTrue(Files.exists(unrelated));
    }

    private Path temporary(String name, Duration age) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("data")).getParent();
        Files.writeString(dir.resolve("postgres.log"), "a log line\n");
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }
}
