package gov.dot.fmcsa.nationalregistry.application.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QueueDrainTest {

    @Test
    void takesBatchesUntilOneComesBackShort() {
        List<Long> queue = new ArrayList<>(LongStream.rangeClosed(1, 7).boxed().toList());
        List<Long> done = new ArrayList<>();

        new QueueDrain(3, Duration.ofSeconds(10)).drain(
                size -> List.copyOf(queue.subList(0, Math.min(size, queue.size()))),
                id -> done.add(queue.remove(0)));

        assertThat(done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void startsNoNewBatchOnceItsTimeIsSpentEvenIfRowsStayDue() {
        List<Long> stuck = List.of(1L, 2L);
        List<Long> tried = new ArrayList<>();

        new QueueDrain(2, Duration.ZERO).drain(size -> stuck, tried::add);

        assertThat(tried).containsExactly(1L, 2L);
    }
}
