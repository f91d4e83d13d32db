package gov.dot.fmcsa.nationalregistry.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminerNotAvailableException;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminerSummary;
import gov.dot.fmcsa.nationalregistry.application.account.ExaminersInScope;
import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import gov.dot.fmcsa.nationalregistry.application.account.SameEmailException;
import gov.dot.fmcsa.nationalregistry.application.designation.AssistantDesignations;
import gov.dot.fmcsa.nationalregistry.application.designation.AssistantSummary;
import gov.dot.fmcsa.nationalregistry.application.designation.DesignationProblem;
import gov.dot.fmcsa.nationalregistry.application.designation.DesignationRefusedException;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.AsDesignatedAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsExaminer;
import gov.dot.fmcsa.nationalregistry.it.support.AsThirdParty;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.ServiceRoleTable;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services behind the role-gated pages (docs/product.md "Roles and pages", flow 8), called as real
 * registry accounts ({@link Callers}): what an examiner may change on their own account, the rules
 * of designations, and the data-level scope of assistants and third parties, tampering included.
 * The callers' accounts are shared with other test classes: each test starts by putting back what
 * these tests change on them.
 */
@ExtendWith(ArquillianExtension.class)
class ExaminerAccountIT {

    private static final String CLIENT = "192.0.2.84";
    private static final String ORGANIZATION = "TP-84";
    private static final String EXAMINER_EMAIL = Callers.emailOf(Callers.EXAMINER);

    @Inject
    private RegistryProbe probe;

    @Inject
    private OwnAccount ownAccount;

    @Inject
    private AssistantDesignations designations;

    @Inject
    private ExaminersInScope examinersInScope;

    @Inject
    private AsExaminer asExaminer;

    @Inject
    private AsDesignatedAssistant asAssistant;

    @Inject
    private AsThirdParty asThirdParty;

    @Inject
    private AsAdministrator asAdministrator;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ExaminerAccountIT.class, Callers.class, AsExaminer.class,
                AsDesignatedAssistant.class, AsThirdParty.class, AsAdministrator.class, ServiceRoleTable.class);
    }

    @BeforeEach
    void accountsAsTheyWere() {
        probe.execute("DELETE FROM designation WHERE examiner_id = (SELECT id FROM registry_account"
                + " WHERE national_registry_number = '" + Callers.EXAMINER + "')");
        probe.execute("UPDATE registry_account SET primary_email = '" + EXAMINER_EMAIL + "',"
                + " primary_email_canonical = '" + EXAMINER_EMAIL + "' WHERE national_registry_number = '"
                + Callers.EXAMINER + "'");
        probe.associate(Callers.THIRD_PARTY, Callers.EXAMINER, ORGANIZATION);
    }

    @Test
    void anExaminerSeesTheirWholeAccount() throws Exception {
        ExaminerDetails details = asExaminer.call(ownAccount::examinerReview);

        assertThat(details.number().value()).isEqualTo(Callers.EXAMINER);
        assertThat(details.licenses()).singleElement()
                .satisfies(license -> assertThat(license.number().value()).isEqualTo("L-" + Callers.EXAMINER));
        assertThat(details.primaryEmail().address()).isEqualTo(EXAMINER_EMAIL);
        assertThat(details.link()).isNull();
    }

    @Test
    void phoneAndAddressAreChangedAndAudited() throws Exception {
        long version = asExaminer.call(ownAccount::examinerReview).version();
        PostalAddress address = new PostalAddress("1 Main Street", null, "Richmond", State.VA, "23219");

        asExaminer.run(() -> {
            ownAccount.changePhoneAndAddress(version, PhoneNumber.of("804-555-0100"), address, CLIENT);
        });

        ExaminerDetails after = asExaminer.call(ownAccount::examinerReview);
        assertThat(after.phone()).isEqualTo(PhoneNumber.of("8045550100"));
        assertThat(after.address()).isEqualTo(address);
        assertThat(actionsAbout(Callers.EXAMINER)).contains(AuditAction.CONTACT_DETAILS_CHANGED);
    }

    @Test
    void aChangeBasedOnAnOlderVersionChangesNothing() throws Exception {
        long version = asExaminer.call(ownAccount::examinerReview).version();
        PostalAddress first = new PostalAddress("2 First Street", null, "Norfolk", State.VA, "23510");
        asExaminer.run(() -> ownAccount.changePhoneAndAddress(version, PhoneNumber.of("7575550100"), first, CLIENT));

        PostalAddress stale = new PostalAddress("3 Stale Street", null, "Roanoke", State.VA, "24011");
        assertThatThrownBy(() -> asExaminer.run(() -> {
            ownAccount.changePhoneAndAddress(version, PhoneNumber.of("5405550100"), stale, CLIENT);
        })).isInstanceOf(ChangedMeanwhileException.class);

        assertThat(asExaminer.call(ownAccount::examinerReview).address()).isEqualTo(first);
    }

    @Test
    void aNewEmailIsConfirmedThroughALinkSentToIt() throws Exception {
        EmailAddress fresh = EmailAddress.of("new." + UUID.randomUUID() + "@example.org");

        asExaminer.run(() -> ownAccount.requestEmailChange(fresh, CLIENT));

        assertThat(asExaminer.call(ownAccount::examinerReview).primaryEmail().address())
                .as("unchanged until confirmed").isEqualTo(EXAMINER_EMAIL);
        assertThat(probe.emailsAbout(Callers.EXAMINER)).filteredOn(email -> email.kind() == EmailKind.CONFIRM_NEW_EMAIL)
                .extracting(OutboxEmail::recipient).contains(fresh);
        assertThat(actionsAbout(Callers.EXAMINER)).contains(AuditAction.EMAIL_CHANGE_REQUESTED);
    }

    @Test
    void theSameEmailIsRefusedAndOneOnFileElsewhereGetsTheAnswerOfAnyOther() throws Exception {
        assertThatThrownBy(() -> asExaminer.run(() -> {
            ownAccount.requestEmailChange(EmailAddress.of(EXAMINER_EMAIL.toUpperCase(Locale.ROOT)), CLIENT);
        })).isInstanceOf(SameEmailException.class);
        EmailAddress elsewhere = EmailAddress.of(Callers.emailOf(Callers.OTHER_EXAMINER));

        // The page must not tell whoever is signed in that the address belongs to an account.
        asExaminer.run(() -> ownAccount.requestEmailChange(elsewhere, CLIENT));

        assertThat(probe.emailsAbout(Callers.EXAMINER)).filteredOn(email -> email.kind() == EmailKind.CONFIRM_NEW_EMAIL)
                .extracting(OutboxEmail::recipient).contains(elsewhere);
        assertThat(asExaminer.call(ownAccount::examinerReview).primaryEmail().address())
                .isEqualTo(EXAMINER_EMAIL);
    }

    @Test
    void anExaminerDesignatesAnAssistantWhoIsToldByEmailAndSeesThem() throws Exception {
        int emailsBefore = probe.emailsAbout(Callers.ASSISTANT).size();

        designate(Callers.ASSISTANT);

        assertThat(asExaminer.call(designations::assistants)).extracting(AssistantSummary::number)
                .containsExactly(NationalRegistryNumber.of(Callers.ASSISTANT));
        assertThat(probe.emailsAbout(Callers.ASSISTANT)).hasSize(emailsBefore + 1).last()
                .satisfies(email -> assertThat(email.kind()).isEqualTo(EmailKind.ASSISTANT_DESIGNATED));
        assertThat(asAssistant.call(examinersInScope::examiners)).extracting(ExaminerSummary::number)
                .containsExactly(NationalRegistryNumber.of(Callers.EXAMINER));
        assertThat(asAssistant.call(() -> examinersInScope.examiner(NationalRegistryNumber.of(Callers.EXAMINER),
                CLIENT)).number().value()).isEqualTo(Callers.EXAMINER);
        assertThat(actionsAbout(Callers.ASSISTANT)).contains(AuditAction.ASSISTANT_DESIGNATED);
    }

    @Test
    void aRevocationTakesEffectOnTheAssistantsNextCall() throws Exception {
        designate(Callers.ASSISTANT);

        asExaminer.run(() -> designations.revoke(NationalRegistryNumber.of(Callers.ASSISTANT), CLIENT));

        assertThat(asAssistant.call(examinersInScope::examiners)).isEmpty();
        assertThatThrownBy(() -> asAssistant.call(
                () -> examinersInScope.examiner(NationalRegistryNumber.of(Callers.EXAMINER), CLIENT)))
                .isInstanceOf(ExaminerNotAvailableException.class);
        assertThat(actionsAbout(Callers.ASSISTANT)).contains(AuditAction.ASSISTANT_DESIGNATION_REVOKED);
    }

    @Test
    void designationsThatTheRulesForbidChangeNothing() throws Exception {
        designate(Callers.ASSISTANT);
        String nobodys = TestNumbers.next("84");

        assertRefused(() -> designate(nobodys), DesignationProblem.NO_SUCH_ACCOUNT);
        assertRefused(() -> designate(Callers.OTHER_EXAMINER), DesignationProblem.NOT_AN_ASSISTANT);
        assertRefused(() -> designate(Callers.THIRD_PARTY), DesignationProblem.NOT_AN_ASSISTANT);
        assertRefused(() -> designate(Callers.EXAMINER), DesignationProblem.SELF);
        assertRefused(() -> designate(Callers.ASSISTANT), DesignationProblem.ALREADY_DESIGNATED);
        assertRefused(() -> revoke(Callers.OTHER_EXAMINER), DesignationProblem.NOT_DESIGNATED);
        assertRefused(() -> revoke(nobodys), DesignationProblem.NOT_DESIGNATED);

        assertThat(asExaminer.call(designations::assistants)).hasSize(1);
        assertThat(probe.emailsAbout(Callers.ASSISTANT))
                .filteredOn(email -> email.kind() == EmailKind.ASSISTANT_DESIGNATED)
                .as("one email for one designation").hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void anAssistantAskingForAnExaminerWhoDidNotDesignateThemGetsNothingAndIsAudited() throws Exception {
        designate(Callers.ASSISTANT);
        int refusalsBefore = refusalsAbout(Callers.OTHER_EXAMINER);

        assertThatThrownBy(() -> asAssistant.call(
                () -> examinersInScope.examiner(NationalRegistryNumber.of(Callers.OTHER_EXAMINER), CLIENT)))
                .isInstanceOf(ExaminerNotAvailableException.class);

        assertThat(refusalsAbout(Callers.OTHER_EXAMINER)).isEqualTo(refusalsBefore + 1);
    }

    @Test
    void aThirdPartySeesTheExaminersOfItsOrganizationOnly() throws Exception {
        assertThat(asThirdParty.call(examinersInScope::examiners)).extracting(ExaminerSummary::number)
                .containsExactly(NationalRegistryNumber.of(Callers.EXAMINER));
        assertThat(asThirdParty.call(() -> examinersInScope.examiner(NationalRegistryNumber.of(Callers.EXAMINER),
                CLIENT)).fullName()).isNotBlank();

        int refusalsBefore = refusalsAbout(Callers.OTHER_EXAMINER);
        assertThatThrownBy(() -> asThirdParty.call(
                () -> examinersInScope.examiner(NationalRegistryNumber.of(Callers.OTHER_EXAMINER), CLIENT)))
                .isInstanceOf(ExaminerNotAvailableException.class);
        assertThatThrownBy(() -> asThirdParty.call(
                () -> examinersInScope.examiner(NationalRegistryNumber.of(TestNumbers.next("84")), CLIENT)))
                .as("a number nobody has: the same answer").isInstanceOf(ExaminerNotAvailableException.class);
        assertThat(refusalsAbout(Callers.OTHER_EXAMINER)).isEqualTo(refusalsBefore + 1);
    }

    /**
     * The services behind the pages × the callers (anonymous included): the table is docs/product.md "Roles
     * and pages" ({@link ServiceRoleTable}); every wrong cell is reported.
     */
    @Test
    void eachServiceMethodAnswersExactlyTheRolesThatMayUseIt() {
        NationalRegistryNumber assistant = NationalRegistryNumber.of(Callers.ASSISTANT);
        NationalRegistryNumber examiner = NationalRegistryNumber.of(Callers.EXAMINER);
        Set<String> examiners = Set.of(Roles.EXAMINER);
        Set<String> staff = Set.of(Roles.ASSISTANT, Roles.THIRD_PARTY);
        ServiceRoleTable table = new ServiceRoleTable(asExaminer, asAssistant, asThirdParty, asAdministrator)
                .row("OwnAccount.examinerReview", examiners, ownAccount::examinerReview)
                .row("OwnAccount.changePhoneAndAddress", examiners, () -> {
                    ownAccount.changePhoneAndAddress(-1, PhoneNumber.of("6175550100"),
                            new PostalAddress("1 Main Street", null, "Boston", State.MA, "02108"), CLIENT);
                })
                .row("OwnAccount.requestEmailChange", examiners, () -> {
                    ownAccount.requestEmailChange(EmailAddress.of(EXAMINER_EMAIL), CLIENT);
                })
                .row("AssistantDesignations.assistants", examiners, designations::assistants)
                .row("AssistantDesignations.designate", examiners, () -> designations.designate(assistant, CLIENT))
                .row("AssistantDesignations.revoke", examiners, () -> designations.revoke(assistant, CLIENT))
                .row("ExaminersInScope.examiners", staff, examinersInScope::examiners)
                .row("ExaminersInScope.examiner", staff, () -> examinersInScope.examiner(examiner, CLIENT));

        assertThat(table.wrongCells()).isEmpty();
    }

    private void designate(String number) throws Exception {
        asExaminer.run(() -> designations.designate(NationalRegistryNumber.of(number), CLIENT));
    }

    private void revoke(String number) throws Exception {
        asExaminer.run(() -> designations.revoke(NationalRegistryNumber.of(number), CLIENT));
    }

    private static void assertRefused(ThrowingCallable call, DesignationProblem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DesignationRefusedException.class,
                refused -> assertThat(refused.problem()).isEqualTo(problem));
    }

    private List<AuditAction> actionsAbout(String number) {
        return probe.auditOf(number).stream().map(AuditEvent::action).toList();
    }

    private int refusalsAbout(String number) {
        return (int) probe.auditOf(number).stream()
                .filter(e -> e.action().equals(AuditAction.EXAMINER_ACCESS_REFUSED)).count();
    }
}
