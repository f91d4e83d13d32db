package gov.dot.fmcsa.nationalregistry.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChange;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkTokens;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.settings.TransferSettings;
import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.application.signin.SessionStanding;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.AsAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsDesignatedAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsExaminer;
import gov.dot.fmcsa.nationalregistry.it.support.AsThirdParty;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.ServiceRoleTable;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services check roles themselves (docs/product.md "Roles and pages"): a page hidden from a role is not
 * enough. The browser tests (SignInJourneyIT) show the same from a signed-in session. The services
 * that must answer before anyone is signed in (sign-in, emailed links, the transfer form's
 * settings) answer every caller, anonymous included, by an explicit {@code @PermitAll}
 * (the ejb module's EveryServiceSaysWhoMayCallItTest checks that no bean is open by omission).
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAuthorizationIT {

    private static final Set<String> EVERYONE = Set.of("anonymous", Roles.EXAMINER, Roles.ASSISTANT,
            Roles.THIRD_PARTY, Roles.ADMINISTRATOR);

    @Inject
    private OwnAccount ownAccount;

    @Inject
    private EmailChange emailChange;

    @Inject
    private EmailLinkTokens tokens;

    @Inject
    private TransferSettings settings;

    @Inject
    private SessionStanding standing;

    @Inject
    private LoginGovSignIn signIn;

    @Inject
    private AsAssistant asAssistant;

    @Inject
    private AsExaminer asExaminer;

    @Inject
    private AsDesignatedAssistant asDesignatedAssistant;

    @Inject
    private AsThirdParty asThirdParty;

    @Inject
    private AsAdministrator asAdministrator;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ServiceAuthorizationIT.class, ServiceRoleTable.class, Callers.class,
                AsAssistant.class, AsExaminer.class, AsDesignatedAssistant.class, AsThirdParty.class,
                AsAdministrator.class);
    }

    @Test
    void anAssistantCannotReadAnExaminersReview() {
        assertThatThrownBy(() -> asAssistant.call(ownAccount::examinerReview)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void nobodySignedInCannotEither() {
        assertThatThrownBy(ownAccount::examinerReview).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theServicesOfSignInAndOfTheEmailedLinksAnswerEveryone() {
        ServiceRoleTable table = new ServiceRoleTable(asExaminer, asDesignatedAssistant, asThirdParty, asAdministrator)
                .row("EmailChange.inspect", EVERYONE,
                        () -> emailChange.inspect("no-such-link", TokenPurpose.SET_NEW_EMAIL))
                .row("EmailLinkTokens.find", EVERYONE, () -> tokens.find("no-such-link", TokenPurpose.SET_NEW_EMAIL))
                .row("TransferSettings.openTypes", EVERYONE, settings::openTypes)
                .row("SessionStanding.rolesNow", EVERYONE,
                        () -> standing.rolesNow(NationalRegistryNumber.of(TestNumbers.next("87"))))
                .row("LoginGovSignIn.failed", EVERYONE, () -> {
                    signIn.failed("ServiceAuthorizationIT: a failed sign-in", TestNumbers.nextClientAddress());
                })
                .row("OwnAccount.examinerReview", Set.of(Roles.EXAMINER), ownAccount::examinerReview);

        assertThat(table.wrongCells()).isEmpty();
    }
}
