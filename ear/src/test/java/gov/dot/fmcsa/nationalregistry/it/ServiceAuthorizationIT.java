package gov.dot.fmcsa.nationalregistry.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services check roles themselves (SPEC "Roles and pages"): a page hidden from a role is not
 * enough. The browser tests (SignInJourneyIT) show the same from a signed-in session.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAuthorizationIT {

    @Inject
    private OwnAccount ownAccount;

    @Inject
    private AsAssistant asAssistant;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ServiceAuthorizationIT.class, AsAssistant.class);
    }

    @Test
    void anAssistantCannotReadAnExaminersReview() {
        assertThatThrownBy(() -> asAssistant.call(ownAccount::examinerReview)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void nobodySignedInCannotEither() {
        assertThatThrownBy(ownAccount::examinerReview).isInstanceOf(EJBAccessException.class);
    }
}
