package gov.dot.fmcsa.nationalregistry.application.emaillink;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import java.io.Serializable;

/**
 * What a page needs to know about an emailed link: whether it works, whom to greet, and for a
 * confirmation link the address being confirmed.
 */
public record EmailLink(LinkStatus status, String firstName, EmailAddress pendingEmail) implements Serializable {

    static EmailLink unusable(LinkStatus status) {
        return new EmailLink(status, null, null);
    }

    public boolean usable() {
        return status == LinkStatus.USABLE;
    }
}
