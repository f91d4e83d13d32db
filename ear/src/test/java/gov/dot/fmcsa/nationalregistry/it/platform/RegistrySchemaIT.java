package gov.dot.fmcsa.nationalregistry.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.schema.SchemaMigration;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed schema: migrated at deployment, left alone when already current, and guarded by
 * database constraints that make illegal states impossible whatever the code does.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrySchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(RegistrySchemaIT.class);
    }

    @EJB
    private RegistryProbe probe;

    @EJB
    private SchemaMigration migration;

    @Test
    void deploymentMigratedTheSchemaAndASecondMigrationFindsNothingToDo() throws Exception {
        assertThat(probe.setting("transfer.open.MEDICAL_EXAMINER")).isEqualTo("true");
        assertThat(probe.setting("transfer.open.THIRD_PARTY")).isEqualTo("false");
        assertThat(migration.migrate()).isZero();
    }

    @Test
    void aNationalRegistryNumberBelongsToOneAccount() {
        probe.createExaminer("8100000001", "first@example.com");

        assertThatThrownBy(() -> probe.createExaminer("8100000001", "second@example.com"))
                .isInstanceOf(EJBException.class);
        assertThat(probe.account("8100000001")).get()
                .satisfies(account -> assertThat(account.primaryEmail().address()).isEqualTo("first@example.com"));
    }

    @Test
    void aLoginGovSubjectIsLinkedToOneAccountOnly() {
        probe.createExaminer("8100000002", "linked-a@example.com");
        probe.createExaminer("8100000003", "linked-b@example.com");
        probe.link("sub-8100000002", "8100000002");

        assertThatThrownBy(() -> probe.link("sub-8100000002", "8100000003")).isInstanceOf(EJBException.class);
        assertThat(probe.linkedAccountsOf("sub-8100000002")).containsExactly("8100000002");
    }

    @Test
    void anAccountIsLinkedToOneLoginGovSubjectOnly() {
        probe.createExaminer("8100000004", "one-link@example.com");
        probe.link("sub-8100000004-first", "8100000004");

        assertThatThrownBy(() -> probe.link("sub-8100000004-second", "8100000004")).isInstanceOf(EJBException.class);
    }

    @Test
    void theDatabaseRefusesAnUnknownStatus() {
        probe.createExaminer("8100000005", "status@example.com");

        assertThatThrownBy(() -> probe.execute(
                "UPDATE registry_account SET status = 'HALF_LINKED' WHERE national_registry_number = '8100000005'"))
                .isInstanceOf(EJBException.class);
    }
}
