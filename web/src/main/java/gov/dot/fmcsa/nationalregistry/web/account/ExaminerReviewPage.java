package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Review your National Registry account": the signed-in examiner's own account. */
@Named("review")
@RequestScoped
public class ExaminerReviewPage {

    @Inject
    private OwnAccount ownAccount;

    private ExaminerDetails account;

    public ExaminerDetails getAccount() {
        if (account == null) {
            account = ownAccount.examinerReview();
        }
        return account;
    }
}
