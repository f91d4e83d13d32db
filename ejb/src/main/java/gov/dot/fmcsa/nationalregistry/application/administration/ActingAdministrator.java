package gov.dot.fmcsa.nationalregistry.application.administration;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import jakarta.ejb.SessionContext;

/** Who acts in the console: the caller, whose principal's name is their National Registry number, never a parameter. */
public final class ActingAdministrator {

    private ActingAdministrator() {
    }

    /** The National Registry number of the administrator calling the bean of {@code context}. */
    public static NationalRegistryNumber of(SessionContext context) {
        return NationalRegistryNumber.of(context.getCallerPrincipal().getName());
    }
}
