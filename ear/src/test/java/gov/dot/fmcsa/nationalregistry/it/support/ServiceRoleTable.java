package gov.dot.fmcsa.nationalregistry.it.support;

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
 * In-container tests only: service methods × callers (anonymous and each role, {@link Callers}).
 * The methods a role may use answer it (whatever the answer: a refusal by the rules is still an
 * answer), the others throw {@link EJBAccessException}; {@link #wrongCells()} reports every cell
 * that does otherwise, not only the first (AssertJ's soft assertions need Byte Buddy in the WAR).
 */
public final class ServiceRoleTable {

    private final Map<String, Function<Callable<?>, Callable<?>>> callers = new LinkedHashMap<>();
    private final Map<String, Callable<?>> methods = new LinkedHashMap<>();
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    public ServiceRoleTable(AsExaminer examiner, AsDesignatedAssistant assistant, AsThirdParty thirdParty,
                     AsAdministrator administrator) {
        this(examiner, assistant, thirdParty);
        callers.put(Roles.ADMINISTRATOR, call -> () -> administrator.call(call));
    }

    /**
     * A table of the callers who are not administrators only: for administrators' methods whose
     * call would act for real (start an import, revoke a role), and so must only be refused.
     */
    public ServiceRoleTable(AsExaminer examiner, AsDesignatedAssistant assistant, AsThirdParty thirdParty) {
        callers.put("anonymous", call -> call);
        callers.put(Roles.EXAMINER, call -> () -> examiner.call(call));
        callers.put(Roles.ASSISTANT, call -> () -> assistant.call(call));
        callers.put(Roles.THIRD_PARTY, call -> () -> thirdParty.call(call));
    }

    /** The service method {@code method}, called as {@code call}, is for {@code roles} only. */
    public ServiceRoleTable row(String method, Set<String> roles, Callable<?> call) {
        methods.put(method, call);
        allowed.put(method, roles);
        return this;
    }

    /** The service method {@code method}, which answers nothing, called as {@code work}, is for {@code roles} only. */
    public ServiceRoleTable row(String method, Set<String> roles, CallerWork work) {
        return row(method, roles, () -> {
            work.run();
            return null;
        });
    }

    /** Every method × caller that was denied though allowed, or answered though not. */
    public List<String> wrongCells() {
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
