package gov.dot.fmcsa.nationalregistry.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.schema.SchemaMigration;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed schema: migrated at deployment, left alone when already current, and guarded by
 * database constraints that make illegal states impossible whatever the code does. Numbers come from
 * {@link TestNumbers} with prefix 81.
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
        String number = TestNumbers.next("81");
        String first = TestNumbers.email("first", number);
        probe.createExaminer(number, first);

        assertThatThrownBy(() -> probe.createExaminer(number, TestNumbers.email("second", number)))
                .isInstanceOf(EJBException.class);
        assertThat(probe.account(number)).get()
                .satisfies(account -> assertThat(account.primaryEmail().address()).isEqualTo(first));
    }

    @Test
    void aLoginGovSubjectIsLinkedToOneAccountOnly() {
        String linked = TestNumbers.next("81");
        String other = TestNumbers.next("81");
        String subject = "sub-" + linked;
        probe.createExaminer(linked, TestNumbers.email("linked-a", linked));
        probe.createExaminer(other, TestNumbers.email("linked-b", other));
        probe.link(subject, linked);

        assertThatThrownBy(() -> probe.link(subject, other)).isInstanceOf(EJBException.class);
        assertThat(probe.linkedAccountsOf(subject)).containsExactly(linked);
    }

    @Test
    void anAccountIsLinkedToOneLoginGovSubjectOnly() {
        String number = TestNumbers.next("81");
        probe.createExaminer(number, TestNumbers.email("one-link", number));
        probe.link("sub-" + number + "-first", number);

        assertThatThrownBy(() -> probe.link("sub-" + number + "-second", number)).isInstanceOf(EJBException.class);
    }

    @Test
    void theDatabaseRefusesAnUnknownStatus() {
        String number = TestNumbers.next("81");
        probe.createExaminer(number, TestNumbers.email("status", number));

        assertThatThrownBy(() -> probe.execute(
                "UPDATE registry_account SET status = 'HALF_LINKED' WHERE national_registry_number = '" + number + "'"))
                .isInstanceOf(EJBException.class);
    }
}
