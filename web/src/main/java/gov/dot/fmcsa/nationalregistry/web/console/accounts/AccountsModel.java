package gov.dot.fmcsa.nationalregistry.web.console.accounts;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSortOrder;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The search's results for the lazy data table: the table asks for the count and one page, sorted
 * by the column clicked (its {@code field} names an {@link AccountSortOrder}); the database does
 * the paging and the sorting.
 */
public class AccountsModel extends LazyDataModel<AccountSummary> {

    private static final long serialVersionUID = 1L;

    private final AccountSearch search;
    private final AccountCriteria criteria;

    AccountsModel(AccountSearch search, AccountCriteria criteria) {
        this.search = search;
        this.criteria = criteria;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(search.count(criteria), Integer.MAX_VALUE);
    }

    @Override
    public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        AccountSortOrder order = sort == null ? AccountSortOrder.NUMBER
                : AccountSortOrder.valueOf(sort.getField().toUpperCase(Locale.ROOT));
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return search.page(criteria, order, ascending, first, pageSize);
    }

    @Override
    public String getRowKey(AccountSummary account) {
        return account.number().value();
    }
}
