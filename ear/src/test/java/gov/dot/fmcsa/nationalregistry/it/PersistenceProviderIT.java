package gov.dot.fmcsa.nationalregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry runs on EclipseLink (the client's choice), not on WildFly's default Hibernate. */
@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(PersistenceProviderIT.class);
    }

    @EJB
    private RegistryProbe probe;

    @Test
    void entityManagerIsEclipseLinks() {
        assertThat(probe.entityManagerImplementation()).startsWith("org.eclipse.persistence.");
    }
}
