package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A million rows go out one at a time: the module's tests run with a 128 MB heap (see pom.xml), far
 * too little to hold such a file, so keeping rows in memory would fail here.
 */
class StreamingTest {

    /** Counts what it is given and keeps none of it. */
    private static final class CountingWriter extends Writer {

        private long chars;
        private long lineFeeds;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lineFeeds++;
                }
            }
        }

        @Override
        public void write(String text) {
            chars += text.length();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineFeeds++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void writesAMillionAccountsInConstantMemory() throws Exception {
        SyntheticRegistry registry = SyntheticRegistry.builder()
                .examiners(900_000).assistants(90_000).thirdParties(9_997).administrators(3).build();
        CountingWriter out = new CountingWriter();
        long start = System.nanoTime();

        registry.writeCsv(out);

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(registry.accountCount()).isEqualTo(1_000_000);
        assertThat(out.lineFeeds).isEqualTo(1_000_001); // no field holds a line break
        assertThat(out.chars).isGreaterThan(100_000_000L);
        assertThat(elapsed).as("time to write a million accounts").isLessThan(Duration.ofSeconds(60));
    }
}
