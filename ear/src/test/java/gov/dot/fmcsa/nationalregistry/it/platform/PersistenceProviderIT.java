package gov.dot.fmcsa.nationalregistry.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry runs on EclipseLink (the client's choice), not on WildFly's default Hibernate, over the
 * database the server was started for ({@code registry.db}, docs/decisions/0015).
 */
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

    @Test
    void theDatabaseIsTheOneTheServerWasStartedFor() {
        // In the server: its own system properties, which the test run set (ear/pom.xml)
        String expected = "postgresql".equals(System.getProperty("registry.db")) ? "PostgreSQL" : "Apache Derby";

        assertThat(probe.databaseProductName()).isEqualTo(expected);
    }
}
