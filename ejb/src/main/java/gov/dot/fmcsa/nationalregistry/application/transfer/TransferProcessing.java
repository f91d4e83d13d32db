package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkTokens;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes one transfer request (docs/product.md flows 2-4): finds the account it names, migrates it or
 * marks its email as shared, and queues the matching email, all in one transaction with the
 * request's outcome and its audit record. A request that repeats one answered less than
 * {@code registry.transfer.repeat-window} ago (default 5 minutes) sends nothing new.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TransferProcessing {

    /** How many times a request is tried before it is set aside. */
    public static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private TransferRateLimits rateLimits;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private EmailLinkTokens tokens;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "registry.transfer.repeat-window", defaultValue = "PT5M")
    private Duration repeatWindow;

    /** The ids of at most {@code max} requests not processed yet, oldest first. */
    public List<Long> pending(int max) {
        return em.createNamedQuery(TransferRequest.PENDING, Long.class).setMaxResults(max).getResultList();
    }

    /** How many requests wait to be processed: the queue's depth. */
    public long pendingCount() {
        return em.createNamedQuery(TransferRequest.COUNT_PENDING, Long.class).getSingleResult();
    }

    /** Processes the request {@code id}, unless it is gone or was processed already. */
    public void process(long id) {
        TransferRequest request = em.find(TransferRequest.class, id);
        if (request == null || request.processedAt() != null) {
            return;
        }
        if (rateLimits.exceeded(request)) {
            finish(request, TransferOutcome.RATE_LIMITED, "");
            return;
        }
        Optional<RegistryAccount> account = accounts.matching(request.application());
        AccountStatus before = account.map(RegistryAccount::status).orElse(null);
        TransferOutcome outcome = account.map(this::answer).orElse(TransferOutcome.NO_MATCH);
        finish(request, outcome, account.filter(a -> a.status() != before)
                .map(a -> " (status " + before + " -> " + a.status() + ")").orElse(""));
    }

    /**
     * Counts a failed attempt at processing the request {@code id}. At the {@value #MAX_ATTEMPTS}th
     * the request is set aside: marked {@code PROCESSING_FAILED} and audited with {@code error};
     * nothing else changes and nothing is sent.
     *
     * @return the failed attempts so far, or 0 when the request is gone or was processed meanwhile
     */
    public int attemptFailed(long id, String error) {
        TransferRequest request = em.find(TransferRequest.class, id);
        if (request == null || request.processedAt() != null) {
            return 0;
        }
        int attempts = request.attemptFailed();
        if (attempts >= MAX_ATTEMPTS) {
            request.processed(TransferOutcome.PROCESSING_FAILED, Instant.now());
            audit.record(Actor.TRANSFER_QUEUE, AuditAction.TRANSFER_FAILED, request.number(),
                    "request " + id + " set aside after " + attempts + " failed attempts: " + error, request.source());
        }
        return attempts;
    }

    private void finish(TransferRequest request, TransferOutcome outcome, String statusChange) {
        request.processed(outcome, Instant.now());
        audit.record(Actor.ANONYMOUS, AuditAction.TRANSFER_REQUESTED, request.number(),
                request.application().type() + " request " + request.id() + ": " + outcome + statusChange,
                request.source());
    }

    private TransferOutcome answer(RegistryAccount account) {
        if (account.locked()) {
            return TransferOutcome.ACCOUNT_LOCKED;
        }
        if (!account.awaitsMigration()) {
            return resendMigrated(account);
        }
        if (!accounts.onFileElsewhere(account.emailsOnFile(), account)) {
            account.migrate();
            outbox.queue(emails.migrated(account));
            return TransferOutcome.MIGRATED;
        }
        if (account.status() == AccountStatus.EMAIL_DUPLICATE
                && queuedRecently(account, EmailKind.TRANSFER_EMAIL_DUPLICATE)) {
            return TransferOutcome.REPEAT_IGNORED;
        }
        account.markEmailDuplicate();
        outbox.queue(emails.emailDuplicated(account, tokens.issue(account, TokenPurpose.SET_NEW_EMAIL),
                tokens.lifetime()));
        return TransferOutcome.EMAIL_DUPLICATE;
    }

    private TransferOutcome resendMigrated(RegistryAccount account) {
        if (queuedRecently(account, EmailKind.TRANSFER_MIGRATED)) {
            return TransferOutcome.REPEAT_IGNORED;
        }
        outbox.queue(emails.migrated(account));
        return TransferOutcome.EMAIL_RESENT;
    }

    private boolean queuedRecently(RegistryAccount account, EmailKind kind) {
        return outbox.queuedSince(account.number(), kind, Instant.now().minus(repeatWindow));
    }
}
