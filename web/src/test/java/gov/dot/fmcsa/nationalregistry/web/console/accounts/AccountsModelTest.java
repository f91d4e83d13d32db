package gov.dot.fmcsa.nationalregistry.web.console.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSortOrder;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AccountsModelTest {

    /** Remembers what the table asked the service for. */
    private static final class RecordingSearch extends AccountSearch {
        AccountSortOrder order;
        boolean ascending;
        int first;
        int size;

        @Override
        public long count(AccountCriteria criteria) {
            return 42;
        }

        @Override
        public List<AccountSummary> page(AccountCriteria criteria, AccountSortOrder order, boolean ascending,
                                         int first, int size) {
            this.order = order;
            this.ascending = ascending;
            this.first = first;
            this.size = size;
            return List.of();
        }
    }

    private final RecordingSearch search = new RecordingSearch();
    private final AccountsModel model = new AccountsModel(search, AccountCriteria.ANY);

    @Test
    void withoutASortTheTableIsByNumberAndThePageIsTheOneAskedFor() {
        model.load(50, 25, Map.of(), Map.of());

        assertThat(search.order).isEqualTo(AccountSortOrder.NUMBER);
        assertThat(search.ascending).isTrue();
        assertThat(search.first).isEqualTo(50);
        assertThat(search.size).isEqualTo(25);
        assertThat(model.count(Map.of())).isEqualTo(42);
    }

    @Test
    void theColumnsFieldNamesTheSortOrder() {
        model.load(0, 25, Map.of("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build()),
                Map.of());

        assertThat(search.order).isEqualTo(AccountSortOrder.NAME);
        assertThat(search.ascending).isFalse();
    }
}
