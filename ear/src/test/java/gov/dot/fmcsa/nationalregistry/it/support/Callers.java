package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The registry accounts that in-container tests call the services as: {@link AsExaminer},
 * {@link AsDesignatedAssistant}, {@link AsThirdParty} and {@link AsAdministrator} each run what they
 * are given with the container's caller set to one of these accounts (its National Registry number)
 * and its role, as the web module's sign-in does for a signed-in person. The numbers are fixed
 * because the callers' principals are annotations; every deployment that holds this class makes
 * the accounts when it starts (after the schema's migrations), if an earlier deployment or run
 * has not, so that no test class depends on another having made them. Each account's email is
 * {@code account.NUMBER@example.com}.
 */
@Singleton
@Startup
@DependsOn("ejb.jar#SchemaMigration")
public class Callers {

    public static final String EXAMINER = "8400000111";
    public static final String OTHER_EXAMINER = "8400000112";
    public static final String ASSISTANT = "8400000113";
    public static final String THIRD_PARTY = "8400000114";
    public static final String ADMINISTRATOR = "8400000119";

    private static final Map<String, AccountType> TYPES = Map.of(EXAMINER, AccountType.MEDICAL_EXAMINER,
            OTHER_EXAMINER, AccountType.MEDICAL_EXAMINER, ASSISTANT, AccountType.ADMINISTRATIVE_ASSISTANT,
            THIRD_PARTY, AccountType.THIRD_PARTY, ADMINISTRATOR, AccountType.ADMINISTRATOR);

    @Inject
    private RegistryProbe probe;

    @PostConstruct
    void accountsExist() {
        TYPES.forEach((number, type) -> {
            if (probe.account(number).isEmpty()) {
                probe.createAccount(type, number, emailOf(number), null, "L-" + number, State.VA);
            }
        });
    }

    /** The email each caller's account is made with. */
    public static String emailOf(String number) {
        return TestNumbers.email("account", number);
    }
}
