package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The examiners that staff may see, read-only, under their own identity (docs/product.md "Roles and pages"):
 * an administrative assistant sees the examiners who designated them; a third party those associated
 * with their organization. The scope is read from the database on every call, so that a revoked
 * designation takes effect on the assistant's next request. Whatever a page asks for, by URL or by
 * parameter, is checked here; a request outside the scope is audited.
 */
@Stateless
@RolesAllowed({Roles.ASSISTANT, Roles.THIRD_PARTY})
public class ExaminersInScope {

    @Resource
    private SessionContext caller;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private ClientFingerprint fingerprint;

    /** The examiners the signed-in assistant or third party may see, by name. */
    public List<ExaminerSummary> examiners() {
        return inScope(accounts.of(caller.getCallerPrincipal())).stream().map(ExaminerSummary::of).toList();
    }

    /**
     * One examiner's account, read-only.
     *
     * @param clientAddress where the request came from, for the audit of a refusal
     * @throws ExaminerNotAvailableException when no examiner with {@code number} is in the caller's
     *         scope, whether or not one exists (audited)
     */
    public ExaminerDetails examiner(NationalRegistryNumber number, String clientAddress) {
        RegistryAccount staff = accounts.of(caller.getCallerPrincipal());
        return inScope(staff).stream()
                .filter(examiner -> examiner.number().equals(number))
                .findFirst()
                .map(accounts::detailsOf)
                .orElseThrow(() -> {
                    audit.record(Actor.of(staff.number()), AuditAction.EXAMINER_ACCESS_REFUSED, number,
                            "not among the examiners a " + staff.type() + " may see", fingerprint.of(clientAddress));
                    return new ExaminerNotAvailableException();
                });
    }

    private List<RegistryAccount> inScope(RegistryAccount staff) {
        if (staff.type() == AccountType.ADMINISTRATIVE_ASSISTANT) {
            return accounts.examinersDesignating(staff);
        }
        if (staff.type() == AccountType.THIRD_PARTY && staff.organization() != null) {
            return accounts.examinersOf(staff.organization());
        }
        return List.of();
    }
}
