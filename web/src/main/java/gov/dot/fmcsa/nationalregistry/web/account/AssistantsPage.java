package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.designation.AssistantDesignations;
import gov.dot.fmcsa.nationalregistry.application.designation.AssistantSummary;
import gov.dot.fmcsa.nationalregistry.application.designation.DesignationProblem;
import gov.dot.fmcsa.nationalregistry.application.designation.DesignationRefusedException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Your administrative assistants": the examiner's designations, to add and to revoke. */
@Named
@RequestScoped
public class AssistantsPage {

    private static final String NUMBER_FIELD = "designate:number";

    @Inject
    private AssistantDesignations designations;

    private NationalRegistryNumber number;
    private List<AssistantSummary> assistants;

    public List<AssistantSummary> getAssistants() {
        if (assistants == null) {
            assistants = designations.assistants();
        }
        return assistants;
    }

    /** Designates the assistant whose number was typed; the assistant is told by email. */
    public String designate() {
        try {
            designations.designate(number, ClientAddress.current());
        } catch (DesignationRefusedException e) {
            Messages.fieldError(NUMBER_FIELD, messageFor(e.problem()));
            return null;
        } catch (EJBTransactionRolledbackException e) {
            // The same designation committed meanwhile (a double click): the database kept one.
            Messages.fieldError(NUMBER_FIELD, messageFor(DesignationProblem.ALREADY_DESIGNATED));
            return null;
        }
        Messages.noticeAfterRedirect("Administrative assistant " + number.value()
                + " was designated and told by email.");
        return "/account/assistants?faces-redirect=true";
    }

    /** Ends the designation of {@code assistant}; it takes effect on the assistant's next request. */
    public String revoke(NationalRegistryNumber assistant) {
        try {
            designations.revoke(assistant, ClientAddress.current());
        } catch (DesignationRefusedException e) {
            Messages.globalError(messageFor(e.problem()));
            return null;
        }
        Messages.noticeAfterRedirect("The designation of administrative assistant " + assistant.value()
                + " was revoked. They can no longer see your account.");
        return "/account/assistants?faces-redirect=true";
    }

    static String messageFor(DesignationProblem problem) {
        return switch (problem) {
            case NO_SUCH_ACCOUNT -> "No National Registry account has this number. Check the number with your"
                    + " assistant.";
            case NOT_AN_ASSISTANT -> "This number is not an administrative assistant's account. Only administrative"
                    + " assistants can be designated.";
            case SELF -> "This is your own number. Give the number of your administrative assistant.";
            case ALREADY_DESIGNATED -> "You have already designated this administrative assistant.";
            case NOT_DESIGNATED -> "This administrative assistant is not designated by you (any more): there is"
                    + " nothing to revoke.";
        };
    }

    public NationalRegistryNumber getNumber() {
        return number;
    }

    public void setNumber(NationalRegistryNumber number) {
        this.number = number;
    }
}
