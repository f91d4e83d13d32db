package gov.dot.fmcsa.nationalregistry.web.console.audit;

import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditFilter;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditTrail;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.web.account.AccountFormats;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * "Audit log": the events, newest first, a page at a time, filtered by actor, action, account and
 * days (Eastern time, whole days: "to" includes its day), and exported as CSV as they are read.
 * A filter that cannot be read gets a message next to its field and leaves the table as it was.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "filter:";
    private static final String DATE_MESSAGE = "Enter a date as YYYY-MM-DD, e.g. 2026-12-01.";
    /** Every action's name, alphabetically: the action field's suggestions. */
    private static final List<String> ACTIONS = Stream.of(AuditAction.values()).map(AuditAction::name).sorted()
            .toList();

    @Inject
    private AuditTrail trail;

    private String actor;
    private String action;
    private String account;
    private String from;
    private String to;
    private AuditFilter applied = AuditFilter.ALL;
    private AuditEvents events;

    /** Applies the filter to the table; or shows what is wrong next to each field. */
    public void search() {
        AuditFilter filter = readFilter();
        if (filter != null) {
            applied = filter;
            events = null;
        }
    }

    /** Streams the events of the filter as it stands in the form, as a CSV download. */
    public void export() throws IOException {
        AuditFilter filter = readFilter();
        if (filter == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        trail.export(filter, out);
        out.flush();
        faces.responseComplete();
    }

    /** The filter in the form, or null when a field cannot be read (its message is shown). */
    private AuditFilter readFilter() {
        NationalRegistryNumber subject = readAccount();
        AuditAction chosen = readAction();
        Instant start = readDay(from, "from", 0);
        Instant end = readDay(to, "to", 1);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        try {
            return new AuditFilter(actor, chosen, subject, start, end);
        } catch (InvalidValueException e) {
            Messages.fieldError(FORM + ("until".equals(e.part()) ? "to" : e.part()), Messages.sentence(e.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private NationalRegistryNumber readAccount() {
        if (account == null || account.isBlank()) {
            return null;
        }
        try {
            return NationalRegistryNumber.of(account.strip());
        } catch (InvalidValueException e) {
            return failed("account", Messages.sentence(e.getMessage()));
        }
    }

    private AuditAction readAction() {
        if (action == null || action.isBlank()) {
            return null;
        }
        return AuditAction.named(action)
                .orElseGet(() -> failed("action", "No action is called that: choose one from the list."));
    }

    /** The start of the day {@code text} names, plus {@code days}, in the registry's time zone. */
    private Instant readDay(String text, String field, int days) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(days).atStartOfDay(AccountFormats.REGISTRY_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return failed(field, DATE_MESSAGE);
        }
    }

    private static <T> T failed(String field, String message) {
        Messages.fieldError(FORM + field, message);
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public AuditEvents getEvents() {
        if (events == null) {
            events = new AuditEvents(trail, applied);
        }
        return events;
    }

    /** Every action, for the action field's suggestions. */
    public List<String> getActions() {
        return ACTIONS;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
