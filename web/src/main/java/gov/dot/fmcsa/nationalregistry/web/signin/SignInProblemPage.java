package gov.dot.fmcsa.nationalregistry.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;

/** The problem sign-in-problem.xhtml explains, from its {@code problem} parameter. */
@Named("signInProblem")
@RequestScoped
public class SignInProblemPage {

    private SignInProblem problem = SignInProblem.NOT_COMPLETED;

    /** The problem's name, for comparisons in the page. */
    public String getProblem() {
        return problem.name();
    }

    /** Anything but a known problem's name reads as "the sign-in did not complete". */
    public void setProblem(String name) {
        problem = Arrays.stream(SignInProblem.values())
                .filter(known -> known.name().equals(name))
                .findFirst().orElse(SignInProblem.NOT_COMPLETED);
    }
}
