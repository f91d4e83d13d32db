package gov.dot.fmcsa.nationalregistry.web.transfer;

import gov.dot.fmcsa.nationalregistry.application.settings.TransferSettings;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferClosedException;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * "Transfer or Create Account" (docs/product.md flow 2). Whatever happens to the request afterwards, a
 * request that passes the format checks always leads to the same confirmation page.
 *
 * <p>The page is a stateless view (docs/decisions/0008): nothing is kept between requests, so the
 * bean lives for one request and takes the chosen account type from the request itself.
 */
@Named
@RequestScoped
public class TransferForm {

    private static final String TYPE_PARAMETER = "transfer:type";
    private static final List<AccountType> TRANSFERABLE = List.of(AccountType.MEDICAL_EXAMINER,
            AccountType.ADMINISTRATIVE_ASSISTANT, AccountType.THIRD_PARTY);

    @Inject
    private TransferDesk desk;

    @Inject
    private TransferSettings settings;

    private Set<AccountType> openTypes;
    private AccountType type = AccountType.MEDICAL_EXAMINER;
    private NationalRegistryNumber number;
    private LicenseNumber license;
    private State licenseState;

    @PostConstruct
    void prepare() {
        openTypes = settings.openTypes();
        // The view is rebuilt for each request: the fields that exist must be those of the type sent.
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(TYPE_PARAMETER);
        TRANSFERABLE.stream().filter(candidate -> candidate.name().equals(sent)).findFirst()
                .ifPresent(chosen -> type = chosen);
    }

    /** Sends the request and shows the neutral confirmation; format errors stay on the form. */
    public String submit() {
        try {
            TransferApplication application = type == AccountType.MEDICAL_EXAMINER
                    ? TransferApplication.examiner(number, license, licenseState)
                    : TransferApplication.byNumber(type, number);
            desk.submit(application, ClientAddress.current());
            return "/transfer-sent?faces-redirect=true";
        } catch (InvalidValueException e) {
            // A field that the chosen type requires was not on the form when it was sent.
            Messages.fieldError("transfer:" + e.part(), Messages.sentence(e.getMessage()));
            return null;
        } catch (TransferClosedException e) {
            openTypes = settings.openTypes();
            Messages.fieldError(TYPE_PARAMETER, laterDate(e.type()));
            return null;
        }
    }

    /**
     * Refuses a closed account type at the type field itself, whatever else the request holds (a
     * request need not come from the page that hid the fields of a closed type). Choosing a type
     * on the page (an ajax request) is not refused: it shows the notice instead of the fields.
     */
    public void validateOpen(FacesContext context, UIComponent component, Object value) {
        if (!TRANSFERABLE.contains(value)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose an account type from the list.", null));
        }
        boolean choosing = context.getPartialViewContext().isAjaxRequest();
        if (!choosing && !isOpen((AccountType) value)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    laterDate((AccountType) value), null));
        }
    }

    /** The account types offered on the form, in the order of docs/product.md flow 2. */
    public List<AccountType> getAccountTypes() {
        return TRANSFERABLE;
    }

    /** The label of a type, with the note of docs/product.md flow 2 when it is closed. */
    public String label(AccountType accountType) {
        return isOpen(accountType) ? accountType.displayName()
                : accountType.displayName() + " (functionality will be available at a later date)";
    }

    public boolean isOpen(AccountType accountType) {
        return openTypes.contains(accountType);
    }

    /** True when the chosen type can be submitted now. */
    public boolean isSelectedTypeOpen() {
        return type != null && isOpen(type);
    }

    /** The sentence shown instead of the fields when the chosen type is closed. */
    public String getClosedNotice() {
        return type == null ? "" : laterDate(type);
    }

    public boolean isExaminer() {
        return type == AccountType.MEDICAL_EXAMINER;
    }

    public State[] getStates() {
        return State.values();
    }

    private static String laterDate(AccountType accountType) {
        return "Transfer for " + accountType.displayName()
                + " accounts: functionality will be available at a later date.";
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }

    public NationalRegistryNumber getNumber() {
        return number;
    }

    public void setNumber(NationalRegistryNumber number) {
        this.number = number;
    }

    public LicenseNumber getLicense() {
        return license;
    }

    public void setLicense(LicenseNumber license) {
        this.license = license;
    }

    public State getLicenseState() {
        return licenseState;
    }

    public void setLicenseState(State licenseState) {
        this.licenseState = licenseState;
    }
}
