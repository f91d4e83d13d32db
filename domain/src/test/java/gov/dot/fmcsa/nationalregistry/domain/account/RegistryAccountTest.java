package gov.dot.fmcsa.nationalregistry.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anImportedAccountStartsAsLegacyAndUnlocked() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);

        assertThat(account.status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(account.locked()).isFalse();
    }

    @Test
    void replacingLicensesUpdatesKnownOnesAddsNewOnesAndDropsTheRest() {
        RegistryAccount examiner = account("1000000001", AccountType.MEDICAL_EXAMINER);
        examiner.replaceLicenses(List.of(license(LicenseType.MD, State.MA, "A-1", 2027),
                license(LicenseType.MD, State.NY, "B-2", 2027)));
        ProfessionalLicense kept = examiner.licenses().get(1);

        examiner.replaceLicenses(List.of(license(LicenseType.DO, State.NY, "B-2", 2030),
                license(LicenseType.PA, State.CT, "C-3", 2028)));

        assertThat(examiner.licenses()).extracting(l -> l.issuingState(), l -> l.number().value(), l -> l.type())
                .containsExactly(tuple(State.NY, "B-2", LicenseType.DO), tuple(State.CT, "C-3", LicenseType.PA));
        assertThat(examiner.licenses().get(0)).isSameAs(kept);
        assertThat(kept.expiresOn()).isEqualTo(LocalDate.of(2030, 6, 30));
    }

    @Test
    void designationsFollowTheExaminersGiven() {
        RegistryAccount assistant = account("2000000001", AccountType.ADMINISTRATIVE_ASSISTANT);
        RegistryAccount first = account("1000000001", AccountType.MEDICAL_EXAMINER);
        RegistryAccount second = account("1000000002", AccountType.MEDICAL_EXAMINER);
        assistant.replaceDesignatingExaminers(List.of(first, second), NOW);
        Designation kept = assistant.designations().get(1);

        assistant.replaceDesignatingExaminers(List.of(second), NOW.plusSeconds(60));

        assertThat(assistant.designations()).containsExactly(kept);
        assertThat(kept.designatedAt()).isEqualTo(NOW);
    }

    @Test
    void anExaminerDesignatesAnAssistantOnceAndRevokesOnlyWhatTheyDesignated() {
        RegistryAccount assistant = account("2000000001", AccountType.ADMINISTRATIVE_ASSISTANT);
        RegistryAccount examiner = account("1000000001", AccountType.MEDICAL_EXAMINER);
        RegistryAccount other = account("1000000002", AccountType.MEDICAL_EXAMINER);

        assertThat(assistant.acceptDesignationBy(examiner, NOW)).isTrue();
        assertThat(assistant.acceptDesignationBy(examiner, NOW.plusSeconds(60))).as("twice").isFalse();
        assertThat(assistant.designations()).singleElement()
                .satisfies(designation -> assertThat(designation.designatedAt()).isEqualTo(NOW));
        assertThat(assistant.endDesignationBy(other)).isFalse();
        assertThat(assistant.isDesignatedBy(examiner)).isTrue();
        assertThat(assistant.endDesignationBy(examiner)).isTrue();
        assertThat(assistant.isDesignatedBy(examiner)).isFalse();
        assertThatThrownBy(() -> examiner.acceptDesignationBy(other, NOW)).as("an examiner is no assistant")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> assistant.acceptDesignationBy(assistant, NOW)).as("nor designates one")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyExaminersHaveLicensesAndOnlyExaminersDesignate() {
        RegistryAccount assistant = account("2000000001", AccountType.ADMINISTRATIVE_ASSISTANT);
        RegistryAccount thirdParty = account("3000000001", AccountType.THIRD_PARTY);

        assertThatThrownBy(() -> assistant.replaceLicenses(List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> assistant.replaceDesignatingExaminers(List.of(thirdParty), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theImportRunThatWroteAnAccountIsKnown() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);
        account.markImported("run-1", NOW);

        assertThat(account.importedBy("run-1")).isTrue();
        assertThat(account.importedBy("run-2")).isFalse();
    }

    @Test
    void theSecondaryEmailCannotBeThePrimaryInAnotherCase() {
        assertThatThrownBy(() -> new ContactDetails("Ada", "Lovelace", EmailAddress.of("ada@example.com"),
                EmailAddress.of("ADA@example.com"), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.part()).isEqualTo("secondaryEmail"));
    }

    @Test
    void aTransferMigratesALegacyAccountOrMarksItsEmailAsSharedUntilANewOneIsSet() {
        RegistryAccount unique = account("1000000001", AccountType.MEDICAL_EXAMINER);
        RegistryAccount shared = account("1000000002", AccountType.MEDICAL_EXAMINER);

        unique.migrate();
        shared.markEmailDuplicate();
        shared.markEmailDuplicate();

        assertThat(unique.status()).isEqualTo(AccountStatus.MIGRATED);
        assertThat(unique.awaitsMigration()).isFalse();
        assertThat(shared.status()).isEqualTo(AccountStatus.EMAIL_DUPLICATE);
        assertThat(shared.awaitsMigration()).isTrue();
        shared.migrate();
        assertThat(shared.status()).isEqualTo(AccountStatus.MIGRATED);
    }

    @Test
    void aMigratedAccountCannotGoBackToASharedEmailNorBeMigratedTwice() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);
        account.migrate();

        assertThatThrownBy(account::migrate).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(account::markEmailDuplicate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAMigratedAccountIsLinkedAndOnlyOnce() {
        RegistryAccount legacy = account("1000000001", AccountType.MEDICAL_EXAMINER);
        RegistryAccount shared = account("1000000002", AccountType.MEDICAL_EXAMINER);
        shared.markEmailDuplicate();
        RegistryAccount migrated = account("1000000003", AccountType.MEDICAL_EXAMINER);
        migrated.migrate();

        migrated.link();

        assertThat(migrated.status()).isEqualTo(AccountStatus.LINKED);
        assertThatThrownBy(migrated::link).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(legacy::link).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(shared::link).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyALinkedAccountIsUnlinkedAndItIsMigratedAgain() {
        RegistryAccount legacy = account("1000000001", AccountType.MEDICAL_EXAMINER);
        RegistryAccount linked = account("1000000002", AccountType.MEDICAL_EXAMINER);
        linked.migrate();
        linked.link();

        linked.unlink();

        assertThat(linked.status()).isEqualTo(AccountStatus.MIGRATED);
        assertThatThrownBy(linked::unlink).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(legacy::unlink).isInstanceOf(IllegalStateException.class);
        linked.link();
        assertThat(linked.status()).as("linked afresh at the next sign-in").isEqualTo(AccountStatus.LINKED);
    }

    @Test
    void anAccountIsLockedAndUnlockedOnlyOnceEach() {
        RegistryAccount account = account("1000000001", AccountType.THIRD_PARTY);

        assertThatThrownBy(account::unlock).isInstanceOf(IllegalStateException.class);
        account.lock();
        assertThat(account.locked()).isTrue();
        assertThatThrownBy(account::lock).isInstanceOf(IllegalStateException.class);
        account.unlock();
        assertThat(account.locked()).isFalse();
        assertThat(account.status()).as("a lock leaves the status alone").isEqualTo(AccountStatus.LEGACY);
    }

    @Test
    void onlyALinkedAccountThatIsNotLockedCanSignIn() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);
        assertThat(account.canSignIn()).as("legacy").isFalse();
        account.migrate();
        assertThat(account.canSignIn()).as("migrated").isFalse();
        account.link();
        assertThat(account.canSignIn()).as("linked").isTrue();
        account.lock();
        assertThat(account.canSignIn()).as("linked and locked").isFalse();
        account.unlock();
        account.unlink();
        assertThat(account.canSignIn()).as("unlinked").isFalse();
    }

    @Test
    void anAccountWhoseIdentityLoginGovDisabledCannotSignInUntilEnabledOrUnlinked() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);
        account.migrate();
        account.link();

        account.disableByLoginGov();
        assertThat(account.canSignIn()).as("disabled").isFalse();
        account.enableByLoginGov();
        assertThat(account.canSignIn()).as("enabled again").isTrue();

        account.disableByLoginGov();
        account.unlink();
        account.link();
        assertThat(account.canSignIn()).as("a new identity, linked after the disabled one").isTrue();
    }

    @Test
    void anEmailOnFileInDoubtStaysSoUntilTheEmailChanges() {
        RegistryAccount account = account("1000000001", AccountType.MEDICAL_EXAMINER);
        account.doubtEmailOnFile(NOW);
        account.doubtEmailOnFile(NOW.plusSeconds(60));
        assertThat(account.emailInDoubtSince()).as("the first doubt counts").contains(NOW);

        account.changePrimaryEmail(EmailAddress.of("new.address@example.com"));
        assertThat(account.emailInDoubtSince()).isEmpty();
    }

    @Test
    void theTransferEmailAppliesToAMigratedAccountAndToOneWaitingForANewEmail() {
        assertThat(AccountStatus.values()).filteredOn(AccountStatus::hasTransferEmail)
                .containsExactlyInAnyOrder(AccountStatus.MIGRATED, AccountStatus.EMAIL_DUPLICATE);
    }

    @Test
    void everyoneButAdministratorsTransfers() {
        assertThat(AccountType.values()).filteredOn(type -> !type.isTransferable())
                .containsExactly(AccountType.ADMINISTRATOR);
        assertThatThrownBy(() -> TransferApplication.byNumber(AccountType.ADMINISTRATOR,
                new NationalRegistryNumber("1000000001")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theDisplayNameIsTheFirstNameThenTheLastName() {
        RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber("1000000006"),
                AccountType.THIRD_PARTY,
                new ContactDetails("Ana", "de la Cruz", EmailAddress.of("ana@example.org"), null, null, null), NOW);

        assertThat(account.displayName()).isEqualTo("Ana de la Cruz");
    }

    @Test
    void theNamesAreKeptInLowerCaseForTheSearch() {
        RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber("1000000005"),
                AccountType.MEDICAL_EXAMINER,
                new ContactDetails("Ana", "McDonald", EmailAddress.of("ana@example.org"), null, null, null), NOW);

        assertThat(account).extracting("firstNameKey", "lastNameKey").containsExactly("ana", "mcdonald");
        assertThat(RegistryAccount.nameKey("McD")).isEqualTo("mcd");
    }

    @Test
    void theEmailOnFileIsThePrimaryAndTheSecondary() {
        RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber("1000000004"),
                AccountType.MEDICAL_EXAMINER,
                new ContactDetails("Carmen", "Ortiz", EmailAddress.of("carmen@example.org"),
                        EmailAddress.of("office@example.org"), null, null), NOW);

        assertThat(account.emailsOnFile()).extracting(EmailAddress::address)
                .containsExactly("carmen@example.org", "office@example.org");

        account.changePrimaryEmail(EmailAddress.of("OFFICE@example.org"));
        assertThat(account.emailsOnFile()).extracting(EmailAddress::address).containsExactly("OFFICE@example.org");
    }

    @Test
    void anExaminerHoldsALicenseByNumberAndIssuingState() {
        RegistryAccount examiner = account("1000000001", AccountType.MEDICAL_EXAMINER);
        examiner.replaceLicenses(List.of(license(LicenseType.MD, State.MA, "MD-1", 2030)));

        assertThat(examiner.holdsLicense(LicenseNumber.of("md-1"), State.MA)).isTrue();
        assertThat(examiner.holdsLicense(LicenseNumber.of("MD-1"), State.NY)).isFalse();
        assertThat(examiner.holdsLicense(LicenseNumber.of("MD-2"), State.MA)).isFalse();
    }

    private static RegistryAccount account(String number, AccountType type) {
        return RegistryAccount.legacy(new NationalRegistryNumber(number), type,
                new ContactDetails("Test", "Person", EmailAddress.of(number + "@example.com"), null, null, null), NOW);
    }

    private static LicenseDetails license(LicenseType type, State state, String number, int expiryYear) {
        return new LicenseDetails(type, state, LicenseNumber.of(number), LocalDate.of(expiryYear, 6, 30));
    }
}
