package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** The third party {@link Callers#THIRD_PARTY}, as the caller of the services ({@link Callers}). */
@Stateless
@PermitAll
@RunAs(Roles.THIRD_PARTY)
@RunAsPrincipal(Callers.THIRD_PARTY)
public class AsThirdParty {

    /** Runs {@code call}; the services it calls see this account as their caller. */
    public <T> T call(Callable<T> call) throws Exception {
        return call.call();
    }

    /** Runs {@code work}, which answers nothing; the services it calls see this account as their caller. */
    public void run(CallerWork work) throws Exception {
        work.run();
    }
}
