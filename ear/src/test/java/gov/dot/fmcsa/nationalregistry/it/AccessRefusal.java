package gov.dot.fmcsa.nationalregistry.it;

import jakarta.ejb.EJBAccessException;
import java.util.concurrent.Callable;

/** Whether the container refused a service call to its caller, for the tables of who may call what. */
final class AccessRefusal {

    private AccessRefusal() {
    }

    /** True when the container refused the call; any other outcome is the service answering. */
    static boolean deniedTo(Callable<?> call) {
        try {
            call.call();
            return false;
        } catch (EJBAccessException e) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
