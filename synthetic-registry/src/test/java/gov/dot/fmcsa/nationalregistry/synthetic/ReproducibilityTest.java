package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A registry is a function of its description: the same description gives the same bytes. */
class ReproducibilityTest {

    private static SyntheticRegistry.Builder small() {
        return SyntheticRegistry.builder().examiners(800).assistants(120).thirdParties(30).administrators(3);
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        String first = ParsedRegistry.csv(small().seed(42).build());
        String second = ParsedRegistry.csv(small().seed(42).build());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherRegistry() {
        String first = ParsedRegistry.csv(small().seed(42).build());
        String second = ParsedRegistry.csv(small().seed(43).build());

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theDefaultRegistryDoesNotDependOnToday() {
        SyntheticRegistry registry = SyntheticRegistry.defaults();

        assertThat(registry.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(registry.seed()).isEqualTo(20261130L);
        assertThat(registry.accountCount()).isEqualTo(5553);
    }

    @Test
    void anotherReferenceDateMovesTheDates() {
        String first = ParsedRegistry.csv(small().build());
        String second = ParsedRegistry.csv(small().referenceDate(LocalDate.of(2030, 1, 1)).build());

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void moreExaminersOnlyAddExaminersAfterTheSameOnes() {
        List<List<String>> fewer = examinerRows(small().examiners(100).build());
        List<List<String>> more = examinerRows(small().examiners(1000).build());

        assertThat(more).hasSize(1000);
        assertThat(more.subList(0, fewer.size())).isEqualTo(fewer);
    }

    private static List<List<String>> examinerRows(SyntheticRegistry registry) {
        return ParsedRegistry.of(registry).ofType("MEDICAL_EXAMINER").map(ParsedRegistry.Account::fields).toList();
    }
}
