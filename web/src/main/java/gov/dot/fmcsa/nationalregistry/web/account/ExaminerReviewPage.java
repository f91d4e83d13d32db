package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.AccountOverview;
import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Review your National Registry account": the signed-in examiner's own account. */
@Named("review")
@RequestScoped
public class ExaminerReviewPage {

    /** The registry's people read times in Eastern time, as the help desk gives them. */
    private static final DateTimeFormatter LINKED_AT = DateTimeFormatter
            .ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US).withZone(ZoneId.of("America/New_York"));

    @Inject
    private OwnAccount ownAccount;

    private AccountOverview account;

    public AccountOverview getAccount() {
        if (account == null) {
            account = ownAccount.examinerReview();
        }
        return account;
    }

    /** When the login.gov identity was linked, as people read it. */
    public String getLinkedAt() {
        return getAccount().linkedAt() == null ? "" : LINKED_AT.format(getAccount().linkedAt());
    }
}
