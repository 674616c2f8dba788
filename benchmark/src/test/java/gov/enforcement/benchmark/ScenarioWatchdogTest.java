package gov.enforcement.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioWatchdogTest {

    @Test
    void aScenarioPastItsLimitIsInterrupted() throws Exception {
        try (ScenarioWatchdog watchdog = new ScenarioWatchdog()) {
            long start = System.nanoTime();
            assertThrows(InterruptedException.class, () -> {
                try (AutoCloseable watched = watchdog.watch("hanging", Duration.ofMillis(200), () -> "nothing")) {
                    Thread.sleep(20_000);
                }
            });
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "ended by the watchdog, not by itself");
        }
    }

    @Test
    void aScenarioWithinItsLimitIsLeftAlone() throws Exception {
        try (ScenarioWatchdog watchdog = new ScenarioWatchdog()) {
            try (AutoCloseable watched = watchdog.watch("quick", Duration.ofMillis(300), () -> "nothing")) {
                Thread.sleep(10);
            }
            Thread.sleep(600);
            assertFalse(Thread.interrupted(), "a closed watch never fires");
        }
    }

    @Test
    void theDumpShowsWhereBenchmarkThreadsWait() throws Exception {
        String[] dump = new String[1];
        Thread other = new Thread(() -> dump[0] = ScenarioWatchdog.whereThreadsAre());
        other.start();
        other.join();
        assertTrue(dump[0].contains("ScenarioWatchdogTest.theDumpShowsWhereBenchmarkThreadsWait"), dump[0]);
        assertFalse(dump[0].contains("\"" + other.getName() + "\""), "the thread that dumps leaves itself out");
    }
}
