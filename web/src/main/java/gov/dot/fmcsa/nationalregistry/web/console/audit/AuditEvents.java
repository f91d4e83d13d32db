package gov.dot.fmcsa.nationalregistry.web.console.audit;

import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditFilter;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditTrail;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit events of a filter, read a page at a time from the server, newest first. */
class AuditEvents extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditTrail trail;
    private final AuditFilter filter;

    AuditEvents(AuditTrail trail, AuditFilter filter) {
        this.trail = trail;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) Math.min(Integer.MAX_VALUE, trail.count(filter));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        return trail.page(filter, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.id());
    }
}
