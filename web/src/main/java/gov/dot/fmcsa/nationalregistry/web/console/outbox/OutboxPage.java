package gov.dot.fmcsa.nationalregistry.web.console.outbox;

import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxConsole;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * "Outbox": the registry's emails, newest first, optionally of one status ({@code ?status=FAILED}),
 * paged by the database. A status that is not one shows every email, with a message.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxConsole console;

    private String status;
    private OutboxStatus filter;
    private OutboxEmails emails;

    /** Reads the status asked for, once per view. */
    public void load() {
        filter = Arrays.stream(OutboxStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .orElse(null);
        emails = new OutboxEmails(console, filter);
    }

    /** True when the address asked for a status that does not exist (every email is shown). */
    public boolean isUnknownStatus() {
        return status != null && !status.isEmpty() && filter == null;
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    public OutboxEmails getEmails() {
        return emails;
    }

    public OutboxStatus getFilter() {
        return filter;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
