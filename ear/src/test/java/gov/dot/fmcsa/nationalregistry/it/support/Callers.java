package gov.dot.fmcsa.nationalregistry.it.support;

/**
 * The registry accounts that in-container tests call the services as: {@link AsExaminer},
 * {@link AsDesignatedAssistant}, {@link AsThirdParty} and {@link AsAdministrator} each run what they
 * are given with the container's caller set to one of these accounts (its National Registry number)
 * and its role, as the web module's sign-in does for a signed-in person. The accounts are made by
 * ExaminerAccountIT; numbers 84000001xx (OutboxRestartIT has 8400000001).
 */
public final class Callers {

    public static final String EXAMINER = "8400000111";
    public static final String OTHER_EXAMINER = "8400000112";
    public static final String ASSISTANT = "8400000113";
    public static final String THIRD_PARTY = "8400000114";
    public static final String ADMINISTRATOR = "8400000119";

    private Callers() {
    }
}
