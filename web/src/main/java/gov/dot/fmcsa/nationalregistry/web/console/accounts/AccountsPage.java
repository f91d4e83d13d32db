package gov.dot.fmcsa.nationalregistry.web.console.accounts;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Accounts" of the management console: the search form and its results, a page at a time. The
 * number and the email are parsed by their converters, the name by {@link AccountCriteria}; each
 * message goes next to its field and what was typed stays.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSearch search;

    private NationalRegistryNumber number;
    private String name;
    private EmailAddress email;
    private AccountStatus status;
    private AccountType type;
    private State state;
    private AccountsModel results;

    /** Runs the search; the table then shows its first page. */
    public void search() {
        try {
            results = new AccountsModel(search, new AccountCriteria(number, name, email, status, type, state));
        } catch (InvalidValueException e) {
            Messages.fieldError("search:" + e.part(), e.getMessage());
            results = null;
        }
    }

    /** Null until a search ran. */
    public AccountsModel getResults() {
        return results;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public AccountType[] getTypes() {
        return AccountType.values();
    }

    public State[] getStates() {
        return State.values();
    }

    public NationalRegistryNumber getNumber() {
        return number;
    }

    public void setNumber(NationalRegistryNumber number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public void setEmail(EmailAddress email) {
        this.email = email;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }
}
