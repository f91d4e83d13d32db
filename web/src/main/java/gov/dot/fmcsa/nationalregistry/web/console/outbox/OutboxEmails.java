package gov.dot.fmcsa.nationalregistry.web.console.outbox;

import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxConsole;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxEntry;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outbox list, one page at a time from the database (a lazy data table), newest first. */
class OutboxEmails extends LazyDataModel<OutboxEntry> {

    private static final long serialVersionUID = 1L;

    private final transient OutboxConsole console;
    private final OutboxStatus status;

    OutboxEmails(OutboxConsole console, OutboxStatus status) {
        this.console = console;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(console.count(status));
    }

    @Override
    public List<OutboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return console.page(status, first, pageSize);
    }

    @Override
    public String getRowKey(OutboxEntry entry) {
        return Long.toString(entry.id());
    }
}
