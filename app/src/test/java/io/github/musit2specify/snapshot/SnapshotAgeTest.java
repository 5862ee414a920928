package io.github.musit2specify.snapshot;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotAgeTest {
    @Test
    void ageInTheLargestUsefulUnits() {
        assertThat(SnapshotAge.age(Duration.ofMinutes(7).plusSeconds(59))).isEqualTo("7 min");
        assertThat(SnapshotAge.age(Duration.ofHours(5).plusMinutes(12))).isEqualTo("5 h 12 min");
        assertThat(SnapshotAge.age(Duration.ofDays(3).plusHours(4).plusMinutes(30))).isEqualTo("3 d 4 h");
        assertThat(SnapshotAge.age(Duration.ofMinutes(-3))).isEqualTo("0 min");
    }
}
