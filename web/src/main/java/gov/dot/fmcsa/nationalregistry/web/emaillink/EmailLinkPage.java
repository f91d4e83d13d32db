package gov.dot.fmcsa.nationalregistry.web.emaillink;

import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChange;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLink;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A page opened from an emailed link ({@code ?token=...}): it checks the link once when opened
 * and shows either its form or a page that says why the link does not work.
 */
public abstract class EmailLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmailChange emailChange;

    private String token;
    private EmailLink link;

    /** The purpose the page's links are issued for. */
    protected abstract TokenPurpose purpose();

    /** Checks the link (a view action, on the first request of the view). */
    public void load() {
        link = emailChange.inspect(token, purpose());
    }

    protected EmailChange emailChange() {
        return emailChange;
    }

    public EmailLink getLink() {
        return link;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
