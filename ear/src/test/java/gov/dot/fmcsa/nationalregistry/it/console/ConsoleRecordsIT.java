package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountActionRefusedException;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorChangeRefusedException;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorRefusal;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorRoster;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditFilter;
import gov.dot.fmcsa.nationalregistry.application.administration.audit.AuditTrail;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ConsoleImports;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportAlreadyRunningException;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportDesk;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportRunView;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportRunner;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.AsDesignatedAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsExaminer;
import gov.dot.fmcsa.nationalregistry.it.support.AsThirdParty;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RecordsProbe;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.ServiceRoleTable;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management console's import, audit log and administrators, called
 * in the real EAR as an administrator ({@link AsAdministrator}) and as every other role. Numbers
 * 60xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleRecordsIT {

    private static final String FIRST_ADMINISTRATOR = TestNumbers.FIRST_ADMINISTRATOR;
    private static final Reason REASON = Reason.of("Help desk ticket 60");

    @Inject
    private RegistryProbe probe;

    @Inject
    private RecordsProbe records;

    @Inject
    private AdministratorRoster roster;

    @Inject
    private AccountAdministration administration;

    @Inject
    private AuditTrail trail;

    @Inject
    private ConsoleImports imports;

    @Inject
    private ImportDesk desk;

    @Inject
    private ImportRunner runner;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsExaminer asExaminer;

    @Inject
    private AsDesignatedAssistant asAssistant;

    @Inject
    private AsThirdParty asThirdParty;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ConsoleRecordsIT.class, RecordsProbe.class, Callers.class,
                AsAdministrator.class, AsExaminer.class, AsDesignatedAssistant.class, AsThirdParty.class,
                Await.class, LegacyFile.class, ServiceRoleTable.class);
    }

    // --- administrators ---------------------------------------------------------------------

    @Test
    void aGrantGoesToALinkedAccountIsListedAndAudited() throws Exception {
        String number = account(AccountStatus.LINKED);

        asAdministrator.run(() -> roster.grant(NationalRegistryNumber.of(number), REASON));

        assertThat(asAdministrator.call(roster::administrators))
                .filteredOn(entry -> entry.number().value().equals(number))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.first()).isFalse();
                    assertThat(entry.grantedBy().value()).isEqualTo(Callers.ADMINISTRATOR);
                    assertThat(entry.grantedAt()).isNotNull();
                    assertThat(entry.canSignIn()).isTrue();
                });
        assertThat(probe.auditOf(number)).filteredOn(event -> event.action().equals(AuditAction.ADMINISTRATOR_GRANTED))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor().name()).isEqualTo(Callers.ADMINISTRATOR);
                    assertThat(event.detail()).isEqualTo("reason: Help desk ticket 60");
                });
    }

    @Test
    void theFirstAdministratorIsListedAsSuchAndNotRevocableHere() throws Exception {
        assertThat(asAdministrator.call(roster::administrators)).first().satisfies(entry -> {
            assertThat(entry.number().value()).isEqualTo(FIRST_ADMINISTRATOR);
            assertThat(entry.first()).isTrue();
            assertThat(entry.grantedBy()).isNull();
        });
        assertRefused(() -> revoke(FIRST_ADMINISTRATOR), AdministratorRefusal.FIRST_ADMINISTRATOR);
    }

    @Test
    void aGrantIsRefusedForAnUnknownAnUnlinkedALockedAccountOrAnAdministrator() throws Exception {
        String unknown = TestNumbers.next("60");
        String legacy = account(AccountStatus.LEGACY);
        String migrated = account(AccountStatus.MIGRATED);
        String locked = account(AccountStatus.LINKED);
        probe.lock(locked);
        String administrator = account(AccountStatus.LINKED);
        probe.grantAdministrator(administrator);

        assertRefused(() -> grant(unknown), AdministratorRefusal.UNKNOWN_NUMBER);
        assertRefused(() -> grant(legacy), AdministratorRefusal.NOT_LINKED);
        assertRefused(() -> grant(migrated), AdministratorRefusal.NOT_LINKED);
        assertRefused(() -> grant(locked), AdministratorRefusal.LOCKED);
        assertRefused(() -> grant(administrator), AdministratorRefusal.ALREADY_ADMINISTRATOR);
        for (String number : List.of(legacy, migrated, locked)) {
            assertThat(probe.auditOf(number)).extracting(AuditEvent::action)
                    .doesNotContain(AuditAction.ADMINISTRATOR_GRANTED);
        }
    }

    @Test
    void aRevocationRemovesTheGrantAndIsAudited() throws Exception {
        String number = account(AccountStatus.LINKED);
        grant(number);
        grant(account(AccountStatus.LINKED)); // so that another administrator remains, whatever ran before

        revoke(number);

        assertThat(asAdministrator.call(roster::administrators)).extracting(entry -> entry.number().value())
                .doesNotContain(number);
        assertThat(probe.auditOf(number)).extracting(AuditEvent::action).contains(AuditAction.ADMINISTRATOR_REVOKED);
        assertRefused(() -> revoke(number), AdministratorRefusal.NOT_AN_ADMINISTRATOR);
    }

    @Test
    void theLastAdministratorWhoCanSignInIsNotRevoked() throws Exception {
        String last = account(AccountStatus.LINKED);
        String cannotSignIn = account(AccountStatus.LINKED);
        grant(last);
        grant(cannotSignIn);
        probe.lock(cannotSignIn);
        RecordsProbe.SetAside aside = records.setAsideAdministratorsBut(List.of(last, cannotSignIn),
                FIRST_ADMINISTRATOR);
        try {
            assertRefused(() -> revoke(last), AdministratorRefusal.LAST_ADMINISTRATOR);
            revoke(cannotSignIn);
            assertRefused(() -> revoke(last), AdministratorRefusal.LAST_ADMINISTRATOR);
        } finally {
            records.restore(aside);
        }
        assertThat(asAdministrator.call(roster::administrators)).extracting(entry -> entry.number().value())
                .contains(last);
    }

    @Test
    void twoAdministratorsRevokingTheLastTwoGrantsAtOnceLeaveOne() throws Exception {
        LastTwo lastTwo = lastTwoAdministratorsAtOnce(number -> {
            try {
                revoke(number);
                return "revoked";
            } catch (AdministratorChangeRefusedException e) {
                return e.refusal();
            }
        });

        assertThat(lastTwo.outcomes()).containsExactlyInAnyOrder("revoked", AdministratorRefusal.LAST_ADMINISTRATOR);
        assertThat(asAdministrator.call(roster::administrators)).extracting(entry -> entry.number().value())
                .containsAnyOf(lastTwo.numbers().toArray(String[]::new));
    }

    @Test
    void twoAdministratorsLockingTheLastTwoAdministratorsAtOnceLeaveOneWhoCanSignIn() throws Exception {
        LastTwo lastTwo = lastTwoAdministratorsAtOnce(number -> {
            long version = asAdministrator.call(() -> administration.account(NationalRegistryNumber.of(number)))
                    .version();
            try {
                asAdministrator.run(() -> administration.lock(NationalRegistryNumber.of(number), version, REASON));
                return "locked";
            } catch (AccountActionRefusedException e) {
                return e.getMessage();
            }
        });

        assertThat(lastTwo.outcomes()).containsExactlyInAnyOrder("locked",
                "Nobody else could sign in as administrator: grant the role to another person first.");
        assertThat(asAdministrator.call(roster::administrators)).filteredOn(AdministratorEntry::canSignIn)
                .extracting(entry -> entry.number().value()).containsAnyOf(lastTwo.numbers().toArray(String[]::new));
    }

    /**
     * Two new administrators, for a moment the only ones who can sign in (the others set aside), each
     * the object of {@code action} at the same moment, one thread each.
     */
    private LastTwo lastTwoAdministratorsAtOnce(Outcome action) throws Exception {
        List<String> numbers = List.of(account(AccountStatus.LINKED), account(AccountStatus.LINKED));
        for (String number : numbers) {
            grant(number);
        }
        RecordsProbe.SetAside aside = records.setAsideAdministratorsBut(numbers, FIRST_ADMINISTRATOR);
        try {
            return new LastTwo(numbers, atOnce(numbers, action));
        } finally {
            records.restore(aside);
        }
    }

    /** The two administrators of {@link #lastTwoAdministratorsAtOnce} and what the action gave for each. */
    private record LastTwo(List<String> numbers, List<Object> outcomes) {
    }

    /** What {@code action} gave for each of {@code numbers}, all started at the same moment, one thread each. */
    private static List<Object> atOnce(List<String> numbers, Outcome action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(numbers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> running = new ArrayList<>();
            for (String number : numbers) {
                running.add(threads.submit(() -> {
                    start.await();
                    return action.of(number);
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }

    @FunctionalInterface
    private interface Outcome {
        Object of(String number) throws Exception;
    }

    // --- audit log --------------------------------------------------------------------------

    @Test
    void theFiltersSelectByActorActionAccountAndTimeNewestFirst() throws Exception {
        String actor = TestNumbers.next("60");
        String subject = TestNumbers.next("60");
        Instant base = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        records.auditAt(base, actor, AuditAction.ACCOUNT_LOCKED, subject, "first");
        records.auditAt(base.plusSeconds(60), actor, AuditAction.ACCOUNT_UNLOCKED, subject, "second");
        records.auditAt(base.plusSeconds(120), actor, AuditAction.ACCOUNT_LOCKED, null, "third");

        assertThat(details(new AuditFilter(actor, null, null, null, null))).containsExactly("third", "second", "first");
        assertThat(details(new AuditFilter(actor, AuditAction.ACCOUNT_LOCKED, null, null, null)))
                .containsExactly("third", "first");
        assertThat(details(new AuditFilter(null, null, NationalRegistryNumber.of(subject), null, null)))
                .containsExactly("second", "first");
        assertThat(details(new AuditFilter(actor, null, null, base.plusSeconds(60), base.plusSeconds(120))))
                .containsExactly("second");
        assertThat(asAdministrator.call(() -> trail.count(new AuditFilter(actor, null, null, null, null))))
                .isEqualTo(3);
        assertThat(asAdministrator.call(() -> trail.page(new AuditFilter(actor, null, null, null, null), 1, 1)))
                .extracting(AuditEntry::detail).containsExactly("second");
    }

    @Test
    void aFilterThatCannotMatchIsRefusedWithTheFieldAtFault() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new AuditFilter(null, null, null, now, now.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("until"));
        assertThatThrownBy(() -> new AuditFilter("x".repeat(10_000), null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("actor"));
    }

    @Test
    void theExportWritesEveryMatchingEventQuotedAndDefused() throws Exception {
        String actor = TestNumbers.next("60");
        Instant base = Instant.parse("2026-06-01T16:00:00Z");
        records.auditAt(base, actor, AuditAction.AUDIT_EXPORTED, null, "=HYPERLINK(\"http://evil\",\"x\")");
        records.auditAt(base.plusSeconds(1), actor, AuditAction.AUDIT_EXPORTED, null, "a, b and \"c\"\nnext line");
        records.auditAt(base.plusSeconds(2), actor, AuditAction.AUDIT_EXPORTED, null, "@SUM(1)");
        // Pairs of events at the same second: the export's chunks must neither skip nor repeat either.
        records.auditBulk(base.minusSeconds(3600), actor, AuditAction.EMAIL_SENT, 2010);

        String csv = export(new AuditFilter(actor, AuditAction.AUDIT_EXPORTED, null, null, null));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,occurred_at,actor,action,account,detail");
        assertThat(csv).contains(",2026-06-01T12:00:02-04:00," + actor + ",AUDIT_EXPORTED,,'@SUM(1)\r\n")
                .contains(",\"a, b and \"\"c\"\"\nnext line\"\r\n")
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
        assertThat(csv.indexOf("@SUM")).as("newest first").isLessThan(csv.indexOf("HYPERLINK"));

        String bulk = export(new AuditFilter(actor, AuditAction.EMAIL_SENT, null, null, null));
        List<String> rows = List.of(bulk.split("\r\n"));
        assertThat(rows.subList(1, rows.size())).as("every event once, across chunks of 1000")
                .extracting(row -> row.substring(row.lastIndexOf(',') + 1))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 2010).mapToObj(i -> "bulk " + i).toList());
        assertThat(probe.auditMentioning("actor=" + actor)).as("each export is itself audited, with its filter")
                .extracting(AuditEvent::action).containsExactly(AuditAction.AUDIT_EXPORTED, AuditAction.AUDIT_EXPORTED);
    }

    // --- import -----------------------------------------------------------------------------

    @Test
    void aGoodFileIsImportedInTheBackgroundWithItsSummary() throws Exception {
        records.endRunningImports();
        String first = TestNumbers.next("60");
        String second = TestNumbers.next("60");
        LegacyFile file = LegacyFile.withHeader()
                .line(LegacyFile.examiner(first, "good." + first + "@example.com", "MD|MA|G-" + first + "|2030-01-01"))
                .line(LegacyFile.administrator(second, "good." + second + "@example.com"));

        ImportRunView run = importAndAwait("good.csv", file);

        assertThat(run.status()).isEqualTo(ImportRun.Status.FINISHED);
        assertThat(run.rowsRead()).isEqualTo(2);
        assertThat(run.created() + run.updated()).isEqualTo(2);
        assertThat(run.rejected()).isZero();
        assertThat(run.percentRead()).isEqualTo(100);
        assertThat(probe.account(first)).isPresent();
        assertThat(report(run)).isEqualTo("line,field,reason\r\n");
        assertThat(probe.auditMentioning("run " + run.id() + ", file good.csv")).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LEGACY_IMPORT_STARTED);
            assertThat(event.actor().name()).isEqualTo(Callers.ADMINISTRATOR);
            assertThat(event.detail()).endsWith("reason: Help desk ticket 60");
        });
    }

    @Test
    void aFileThatIsNotCsvFailsWithAMessageAndAReport() throws Exception {
        records.endRunningImports();
        byte[] binary = new byte[4096];
        new java.util.Random(60).nextBytes(binary);

        ImportRunView run = importAndAwait("photo.png", LegacyFile.empty().bytes(binary));

        assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(run.message()).contains("not imported").contains("header");
        assertThat(report(run)).startsWith("line,field,reason\r\n1,row,");
    }

    @Test
    void anEmptyFileFailsWithAMessage() throws Exception {
        records.endRunningImports();

        ImportRunView run = importAndAwait("empty.csv", LegacyFile.empty());

        assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(report(run)).contains("1,row,the file is empty");
    }

    @Test
    void aHalfWrongFileImportsTheGoodRowsAndReportsTheOthers() throws Exception {
        records.endRunningImports();
        String good = TestNumbers.next("60");
        String bad = TestNumbers.next("60");
        LegacyFile file = LegacyFile.withHeader()
                .line(LegacyFile.examiner(good, "half." + good + "@example.com", "MD|MA|H-" + good + "|2030-01-01"))
                .line(LegacyFile.examiner(bad, "not an email", "MD|MA|H-" + bad + "|2030-01-01"))
                .line("not,enough,columns");

        ImportRunView run = importAndAwait("half.csv", file);

        assertThat(run.status()).isEqualTo(ImportRun.Status.FINISHED);
        assertThat(run.rowsRead()).isEqualTo(3);
        assertThat(run.rejected()).isEqualTo(2);
        assertThat(probe.account(good)).isPresent();
        assertThat(probe.account(bad)).isEmpty();
        List<String> report = report(run).lines().toList();
        assertThat(report).first().isEqualTo("line,field,reason");
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("3,primary_email,"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("4,row,"));
    }

    @Test
    void aSecondImportWhileOneRunsIsRefused() throws Exception {
        records.endRunningImports();
        records.pretendAnImportRuns(Callers.ADMINISTRATOR);
        try {
            assertThatThrownBy(() -> start("second.csv", LegacyFile.withHeader()))
                    .isInstanceOf(ImportAlreadyRunningException.class);
            assertThat(asAdministrator.call(imports::latest)).get().extracting(ImportRunView::fileName)
                    .isEqualTo("pretend.csv");
        } finally {
            records.endRunningImports();
        }
    }

    // --- authorization ----------------------------------------------------------------------

    /** Every method of the console's services refuses every caller but an administrator. */
    @Test
    void everyServiceMethodRefusesEveryoneButAdministrators() {
        NationalRegistryNumber number = NationalRegistryNumber.of(Callers.EXAMINER);
        Set<String> administrators = Set.of(Roles.ADMINISTRATOR);
        ServiceRoleTable table = new ServiceRoleTable(asExaminer, asAssistant, asThirdParty)
                .row("AdministratorRoster.administrators", administrators, roster::administrators)
                .row("AdministratorRoster.grant", administrators, () -> roster.grant(number, REASON))
                .row("AdministratorRoster.revoke", administrators, () -> roster.revoke(number, REASON))
                .row("AuditTrail.count", administrators, () -> trail.count(AuditFilter.ALL))
                .row("AuditTrail.page", administrators, () -> trail.page(AuditFilter.ALL, 0, 1))
                .row("AuditTrail.export", administrators, () -> trail.export(AuditFilter.ALL, new StringWriter()))
                .row("ConsoleImports.start", administrators,
                        () -> imports.start("x.csv", new ByteArrayInputStream(new byte[0]), REASON))
                .row("ConsoleImports.latest", administrators, imports::latest)
                .row("ConsoleImports.writeReport", administrators,
                        () -> imports.writeReport(1, new ByteArrayOutputStream()))
                .row("ImportDesk.register", administrators, () -> desk.register("x.csv", 0, REASON))
                .row("ImportDesk.progress", administrators, () -> desk.progress(1, 0, 0, 0))
                .row("ImportDesk.fail", administrators, () -> desk.fail(1, "x"))
                .row("ImportDesk.latest", administrators, desk::latest)
                .row("ImportRunner.run", administrators, () -> {
                    try {
                        return runner.run(1, "x.csv", Path.of("x.csv"), Path.of("x.errors.csv")).get();
                    } catch (ExecutionException e) {
                        // An asynchronous method is refused in its own thread: the refusal comes with the result.
                        throw (Exception) e.getCause();
                    }
                });

        assertThat(table.wrongCells()).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------

    private String account(AccountStatus status) {
        String number = TestNumbers.next("60");
        probe.createAccount(AccountType.ADMINISTRATOR, number, "records." + number + "@example.com", null, null, null);
        probe.setStatus(number, status);
        return number;
    }

    private void grant(String number) throws Exception {
        asAdministrator.run(() -> roster.grant(NationalRegistryNumber.of(number), REASON));
    }

    private void revoke(String number) throws Exception {
        asAdministrator.run(() -> roster.revoke(NationalRegistryNumber.of(number), REASON));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      AdministratorRefusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AdministratorChangeRefusedException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(refusal));
    }

    private List<String> details(AuditFilter filter) throws Exception {
        return asAdministrator.call(() -> trail.page(filter, 0, 10)).stream().map(AuditEntry::detail).toList();
    }

    private String export(AuditFilter filter) throws Exception {
        StringWriter out = new StringWriter();
        asAdministrator.run(() -> trail.export(filter, out));
        return out.toString();
    }

    private long start(String name, LegacyFile file) throws Exception {
        return asAdministrator.call(() -> imports.start(name, file.stream(), REASON));
    }

    private ImportRunView importAndAwait(String name, LegacyFile file) throws Exception {
        long id = start(name, file);
        return Await.until(() -> {
            try {
                return asAdministrator.call(imports::latest).orElseThrow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, run -> run.id() == id && !run.running());
    }

    private String report(ImportRunView run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(asAdministrator.call(() -> imports.writeReport(run.id(), out))).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }
}
