package gov.dot.fmcsa.nationalregistry.it;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import jakarta.ejb.EJBAccessException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Service methods × callers (anonymous and each role, through the {@code As*} beans of
 * {@link Callers}), for in-container tests: the methods a role may use answer it (whatever the
 * answer: a refusal by the rules is still an answer), the others throw {@link EJBAccessException}.
 */
final class ServiceAccessTable {

    private final Map<String, Function<Callable<?>, Callable<?>>> callers = new LinkedHashMap<>();
    private final Map<String, Callable<?>> methods = new LinkedHashMap<>();
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    ServiceAccessTable(AsExaminer asExaminer, AsDesignatedAssistant asAssistant, AsThirdParty asThirdParty,
                       AsAdministrator asAdministrator) {
        callers.put("anonymous", call -> call);
        callers.put(Roles.EXAMINER, call -> () -> asExaminer.call(call));
        callers.put(Roles.ASSISTANT, call -> () -> asAssistant.call(call));
        callers.put(Roles.THIRD_PARTY, call -> () -> asThirdParty.call(call));
        callers.put(Roles.ADMINISTRATOR, call -> () -> asAdministrator.call(call));
    }

    /** A method, named for the report, that exactly {@code roles} may call. */
    ServiceAccessTable row(String method, Set<String> roles, Callable<?> call) {
        methods.put(method, call);
        allowed.put(method, roles);
        return this;
    }

    /** Every cell whose outcome is wrong, not only the first (AssertJ's soft assertions need Byte Buddy in the WAR). */
    List<String> wrongCells() {
        List<String> wrong = new ArrayList<>();
        methods.forEach((method, call) -> callers.forEach((role, as) -> {
            boolean mayCall = allowed.get(method).contains(role);
            if (deniedTo(as.apply(call)) == mayCall) {
                wrong.add(method + " called by " + role + (mayCall ? " was denied" : " was answered"));
            }
        }));
        return wrong;
    }

    /** True when the container refused the call; any other outcome is the service answering. */
    private static boolean deniedTo(Callable<?> call) {
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
