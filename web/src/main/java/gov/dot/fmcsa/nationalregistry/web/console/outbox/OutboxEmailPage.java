package gov.dot.fmcsa.nationalregistry.web.console.outbox;

import gov.dot.fmcsa.nationalregistry.application.administration.outbox.EmailNotFailedException;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxConsole;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxEmailView;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * One outbox email as rendered ({@code ?id=}), and the retry of a failed one. The HTML body is
 * shown in a sandboxed frame (no scripts, no forms, no access to this page), never as part of
 * this page. A retry names the version shown: a second click finds the email pending already.
 */
@Named
@ViewScoped
public class OutboxEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxConsole console;

    private String id;
    private OutboxEmailView email;
    private Reason reason;

    /** Reads the email, once per view; an id that is not a number or of no email shows "not found". */
    public void load() {
        email = parsedId().flatMap(console::email).orElse(null);
    }

    /** Sends the failed email again; back to it with a notice, or a message saying why not. */
    public String retry() {
        try {
            console.retry(email.entry().id(), email.version(), reason);
        } catch (EmailNotFailedException e) {
            Messages.globalError("This email is " + e.status() + " now, not failed: only a failed email is sent again. "
                    + "Nothing was changed.");
            return null;
        } catch (ChangedMeanwhileException | EJBTransactionRolledbackException e) {
            Messages.globalError("This email was changed by someone else meanwhile. Nothing was changed. "
                    + "Reload this page to see where it stands now.");
            return null;
        }
        Messages.noticeAfterRedirect("The email is queued to be sent again.");
        return "/console/outbox-email?faces-redirect=true&id=" + email.entry().id();
    }

    private Optional<Long> parsedId() {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** What stands for a link's secret in the bodies shown. */
    public String getMaskedSecret() {
        return EmailContent.MASKED_SECRET;
    }

    public OutboxEmailView getEmail() {
        return email;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }
}
