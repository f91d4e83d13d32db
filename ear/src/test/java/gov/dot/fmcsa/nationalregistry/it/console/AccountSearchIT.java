package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountCriteria;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSortOrder;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSummary;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's account search, in-container as the administrator: each criterion, paging and
 * sorting done by the database, and input that must neither fail nor match too much (LIKE
 * wildcards, 10,000 characters). The database is shared and kept between runs, so every search
 * is narrowed to this run's accounts by a name of random letters. Numbers 40xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSearchIT {

    private static final int ACCOUNTS = 30;
    private static final AccountType[] TYPES = {
        AccountType.MEDICAL_EXAMINER, AccountType.ADMINISTRATIVE_ASSISTANT, AccountType.THIRD_PARTY};

    /**
     * This run's name prefix; the accounts' last names are it and two digits, in the reverse order of
     * their numbers.
     */
    private static String tag;
    private static final List<String> NUMBERS = new ArrayList<>();

    @Inject
    private RegistryProbe probe;

    @Inject
    private AccountSearch search;

    @Inject
    private AsAdministrator asAdministrator;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(AccountSearchIT.class, Callers.class, AsAdministrator.class);
    }

    /**
     * Once: {@value #ACCOUNTS} accounts named {@code <Tag>NN}, types in turn, every second one
     * migrated, every fifth in Wyoming; and three whose names start with a wildcard or one letter before the tag.
     */
    @BeforeEach
    void accounts() {
        if (tag != null) {
            return;
        }
        tag = randomLetters();
        for (int i = 0; i < ACCOUNTS; i++) {
            String number = create(TYPES[i % 3], capitalized(tag) + "%02d".formatted(ACCOUNTS - 1 - i));
            probe.setStatus(number, i % 2 == 0 ? AccountStatus.LEGACY : AccountStatus.MIGRATED);
            if (i % 5 == 0) {
                probe.execute("UPDATE registry_account SET address_line1 = '1 Main Street', city = 'Cheyenne',"
                        + " address_state = 'WY', postal_code = '82001'"
                        + " WHERE national_registry_number = '" + number + "'");
            }
            NUMBERS.add(number);
        }
        Stream.of("%", "_", "x").forEach(start -> create(AccountType.THIRD_PARTY, start + tag));
    }

    @Test
    void aNameMatchesTheStartOfTheLastNameOrOfLastCommaFirstInAnyCase() throws Exception {
        assertThat(count(byName(tag.toUpperCase(Locale.ROOT)))).isEqualTo(ACCOUNTS);
        assertThat(count(byName(tag + "0"))).as("<tag>00 to <tag>09").isEqualTo(10);
        assertThat(count(byName(tag.substring(1)))).as("not a substring").isZero();
        assertThat(count(byName("Ann " + tag))).isZero();
        assertThat(count(byName(tag + "0, AN"))).isEqualTo(10);
        assertThat(count(byName(tag + ", Bo"))).isZero();
    }

    @Test
    void wildcardsInANameAreTakenLiterally() throws Exception {
        assertThat(page(byName("%" + tag), AccountSortOrder.NUMBER, true, 0, 25)).extracting(AccountSummary::lastName)
                .containsExactly("%" + tag);
        assertThat(page(byName("_" + tag), AccountSortOrder.NUMBER, true, 0, 25)).extracting(AccountSummary::lastName)
                .containsExactly("_" + tag);
        List<AccountSummary> percent = page(byName("%"), AccountSortOrder.NUMBER, true, 0, 1000);
        assertThat(percent).allSatisfy(account -> assertThat(account.lastName() + account.firstName()).contains("%"));
        assertThat(count(byName("%"))).isLessThan(count(AccountCriteria.ANY));
    }

    @Test
    void tenThousandCharactersAreRefusedWithAMessageNotAnError() {
        String huge = "x".repeat(10_000);
        assertThatThrownBy(() -> byName(huge)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Keep the name to 100 characters or fewer");
        assertThatThrownBy(() -> EmailAddress.of(huge + "@example.com")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NationalRegistryNumber.of("4".repeat(10_000)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theNumberAndTheEmailMatchOneAccount() throws Exception {
        String number = NUMBERS.get(7);
        assertThat(page(new AccountCriteria(NationalRegistryNumber.of(number), null, null, null, null, null),
                AccountSortOrder.NUMBER, true, 0, 25)).extracting(account -> account.number().value())
                .containsExactly(number);
        EmailAddress primary = EmailAddress.of(emailOf(number).toUpperCase(Locale.ROOT));
        assertThat(page(new AccountCriteria(null, null, primary, null, null, null),
                AccountSortOrder.NUMBER, true, 0, 25))
                .extracting(account -> account.number().value()).containsExactly(number);
        EmailAddress secondary = EmailAddress.of("second." + NUMBERS.get(8) + "@example.com");
        assertThat(page(new AccountCriteria(null, null, secondary, null, null, null),
                AccountSortOrder.NUMBER, true, 0, 25))
                .extracting(account -> account.number().value()).containsExactly(NUMBERS.get(8));
    }

    @Test
    void statusTypeAndStateNarrowTheSearch() throws Exception {
        assertThat(count(new AccountCriteria(null, tag, null, AccountStatus.MIGRATED, null, null))).isEqualTo(15);
        assertThat(count(new AccountCriteria(null, tag, null, null, AccountType.THIRD_PARTY, null))).isEqualTo(10);
        assertThat(count(new AccountCriteria(null, tag, null, null, null, State.WY))).isEqualTo(6);
        assertThat(count(new AccountCriteria(null, tag, null, AccountStatus.LEGACY, AccountType.MEDICAL_EXAMINER,
                State.WY))).as("examiner, legacy and in Wyoming: account 0 alone").isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapInTheOrderAsked() throws Exception {
        AccountCriteria ours = byName(tag);
        List<AccountSummary> first = page(ours, AccountSortOrder.NUMBER, true, 0, 25);
        List<AccountSummary> second = page(ours, AccountSortOrder.NUMBER, true, 25, 25);

        assertThat(first).hasSize(25);
        assertThat(Stream.concat(first.stream(), second.stream()).map(account -> account.number().value()))
                .containsExactlyElementsOf(NUMBERS);
        assertThat(page(ours, AccountSortOrder.NUMBER, false, 0, 1).get(0).number().value())
                .isEqualTo(NUMBERS.get(ACCOUNTS - 1));
        assertThat(page(ours, AccountSortOrder.NAME, true, 0, 1).get(0).number().value())
                .as("<tag>00 has the last number").isEqualTo(NUMBERS.get(ACCOUNTS - 1));
        assertThat(page(ours, AccountSortOrder.STATUS, true, 0, 15)).extracting(AccountSummary::status)
                .containsOnly(AccountStatus.LEGACY);
        assertThat(page(ours, AccountSortOrder.TYPE, false, 0, 10)).extracting(AccountSummary::type)
                .containsOnly(AccountType.THIRD_PARTY);
        assertThat(page(ours, AccountSortOrder.STATE, true, 0, 6)).extracting(AccountSummary::state)
                .containsOnly(State.WY);
    }

    private String create(AccountType type, String lastName) {
        String number = TestNumbers.next("40");
        boolean examiner = type == AccountType.MEDICAL_EXAMINER;
        probe.createAccount(type, number, emailOf(number), "second." + number + "@example.com",
                examiner ? "S-" + number : null, examiner ? State.VA : null);
        probe.execute("UPDATE registry_account SET first_name = 'Ann', first_name_key = 'ann', last_name = '" + lastName
                + "', last_name_key = '" + lastName.toLowerCase(Locale.ROOT) + "' WHERE national_registry_number = '"
                + number + "'");
        return number;
    }

    private long count(AccountCriteria criteria) throws Exception {
        return asAdministrator.call(() -> search.count(criteria));
    }

    private List<AccountSummary> page(AccountCriteria criteria, AccountSortOrder order, boolean ascending, int first,
                                      int size) throws Exception {
        return asAdministrator.call(() -> search.page(criteria, order, ascending, first, size));
    }

    private static AccountCriteria byName(String name) {
        return new AccountCriteria(null, name, null, null, null, null);
    }

    private static String emailOf(String number) {
        return "search." + number + "@example.com";
    }

    private static String randomLetters() {
        StringBuilder letters = new StringBuilder("q");
        ThreadLocalRandom.current().ints(9, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
