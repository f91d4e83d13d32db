package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminerNotAvailableException;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminerSummary;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminersInScope;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The examiners an administrative assistant or a third party may see: the list, and one examiner's
 * account read-only ({@code ?number=}). Any number outside their scope, malformed ones included,
 * gets the same "not found or not allowed" answer with status 404; the service audits the
 * well-formed ones (a malformed one never reaches it).
 */
@Named
@RequestScoped
public class ExaminersPage {

    @Inject
    private ExaminersInScope examinersInScope;

    private String number;
    private List<ExaminerSummary> examiners;
    private ExaminerDetails examiner;

    public List<ExaminerSummary> getExaminers() {
        if (examiners == null) {
            examiners = examinersInScope.examiners();
        }
        return examiners;
    }

    /** Loads the examiner of {@code ?number=}; answers 404 when there is none in scope. */
    public void loadExaminer() {
        try {
            examiner = examinersInScope.examiner(NationalRegistryNumber.of(number), ClientAddress.current());
        } catch (InvalidValueException | ExaminerNotAvailableException e) {
            HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance()
                    .getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public ExaminerDetails getExaminer() {
        return examiner;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
