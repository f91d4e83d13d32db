package gov.dot.fmcsa.nationalregistry.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionReportTest {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    @Test
    void aRecentLookAtADatabaseThatAnsweredIsReadyWhateverTheOutboxSays() {
        ConditionReport report = ConditionReport.read(NOW.minusSeconds(20), Duration.ofHours(3), List.of("OUTBOX"));

        assertThat(report.ready(NOW)).isTrue();
        assertThat(report.data()).containsEntry("database", "reachable")
                .containsEntry("outboxOldestPendingSeconds", "10800").containsEntry("leasesHeld", "OUTBOX");
    }

    @Test
    void aDatabaseThatDidNotAnswerIsNotReadyAndSaysWhy() {
        ConditionReport report = ConditionReport.unreadable(NOW, "connection refused");

        assertThat(report.ready(NOW)).isFalse();
        assertThat(report.data()).containsEntry("database", "unreachable: connection refused");
    }

    @Test
    void aLookOlderThanAMinuteIsNotReadyForItsReaderHasStopped() {
        ConditionReport report = ConditionReport.read(NOW.minus(ConditionReport.STALE_AFTER).minusSeconds(1),
                Duration.ZERO, List.of());

        assertThat(report.ready(NOW)).isFalse();
        assertThat(ConditionReport.read(NOW.minus(ConditionReport.STALE_AFTER), Duration.ZERO, List.of()).ready(NOW))
                .isTrue();
    }

    @Test
    void beforeTheFirstLookTheRegistryIsNotReady() {
        assertThat(new RegistryCondition().last().ready(NOW)).isFalse();
    }
}
