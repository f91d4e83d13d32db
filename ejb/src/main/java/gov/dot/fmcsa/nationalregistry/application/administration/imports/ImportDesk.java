package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportSummary;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of the console's imports ({@link ImportRun}), one running at a time: starting one
 * takes this bean's write lock, so two administrators starting at once cannot both pass the check.
 * A run that a server stop interrupted is marked failed at the next start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(Roles.ADMINISTRATOR)
@Lock(LockType.READ)
public class ImportDesk {


    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void markInterrupted() {
        em.createNamedQuery(ImportRun.RUNNING, ImportRun.class).getResultList()
                .forEach(run -> run.fail("The server stopped during this import. Nothing was lost: start it again"
                        + " (importing the same file again completes it).", Instant.now()));
    }

    /**
     * Records that the caller starts importing {@code fileName}, and audits it with {@code reason}.
     *
     * @return the run's id
     * @throws ImportAlreadyRunningException when another import runs
     */
    @Lock(LockType.WRITE)
    public long register(String fileName, long fileBytes, Reason reason) {
        if (em.createNamedQuery(ImportRun.COUNT_RUNNING, Long.class).getSingleResult() > 0) {
            throw new ImportAlreadyRunningException();
        }
        NationalRegistryNumber acting = NationalRegistryNumber.of(caller.getCallerPrincipal().getName());
        ImportRun run = new ImportRun(fileName, fileBytes, acting, Instant.now());
        em.persist(run);
        em.flush();
        audit.recordAdministration(acting, AuditAction.LEGACY_IMPORT_STARTED, null,
                "run " + run.id() + ", file " + run.fileName(), reason);
        return run.id();
    }

    /** Records how far run {@code id} has read. */
    public void progress(long id, long bytesRead, long rowsRead, long rejected) {
        em.find(ImportRun.class, id).progress(bytesRead, rowsRead, rejected);
    }

    /** Records the outcome of run {@code id}. */
    public void finish(long id, ImportSummary summary) {
        String outcome = summary.readable()
                ? "The import is complete."
                : "The file was not imported: it is empty, or its first line is not the header of the registry's"
                        + " CSV format (docs/legacy-import-format.md). See the error report.";
        em.find(ImportRun.class, id).finish(summary.readable(), summary.rowsRead(), summary.created(),
                summary.updated(), summary.rejected(), outcome, Instant.now());
    }

    /** Records that run {@code id} stopped because of {@code failure}. */
    public void fail(long id, String failure) {
        em.find(ImportRun.class, id).fail(failure, Instant.now());
    }

    /** The latest run, if there was one. */
    public Optional<ImportRunView> latest() {
        return em.createNamedQuery(ImportRun.LATEST, ImportRun.class).setMaxResults(1).getResultStream()
                .findFirst().map(ImportRunView::of);
    }
}
