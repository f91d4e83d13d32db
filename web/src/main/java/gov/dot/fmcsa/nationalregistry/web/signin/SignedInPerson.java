package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.SignedInAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is signed in, for the page header ({@code #{signedIn}}). */
@Named("signedIn")
@RequestScoped
public class SignedInPerson {

    @Inject
    private HttpServletRequest request;

    private Optional<SignedInAccount> account;

    public boolean isPresent() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(SignedInAccount::displayName).orElse("");
    }

    public String getNumber() {
        return account().map(signedIn -> signedIn.number().value()).orElse("");
    }

    /** The session's {@link FormKey}, for the sign-out form: empty when nobody is signed in. */
    public String getFormKey() {
        return FormKey.of(request).orElse("");
    }

    private Optional<SignedInAccount> account() {
        if (account == null) {
            account = SignedInSession.of(request);
        }
        return account;
    }
}
