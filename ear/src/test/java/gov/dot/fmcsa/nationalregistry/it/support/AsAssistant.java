package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls the registry's services as someone holding only the assistant role, for authorization tests. */
@Stateless
@PermitAll
@RunAs(Roles.ASSISTANT)
public class AsAssistant {

    /** Runs {@code call}; the services it calls see the caller as an assistant. */
    public <T> T call(Callable<T> call) throws Exception {
        return call.call();
    }

    /** Runs {@code work}, which answers nothing; the services it calls see this account as their caller. */
    public void run(CallerWork work) throws Exception {
        work.run();
    }
}
