package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a batch of parsed legacy rows in one transaction of its own: creates new accounts,
 * updates known ones, and reports rows whose references cannot be resolved without writing them.
 * Any database failure rolls the whole batch back, so no account is ever half written.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class LegacyAccountWriter {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryAccounts registryAccounts;

    /** What a batch did. */
    public record BatchOutcome(int created, int updated, List<ImportProblem> problems) {
    }

    /**
     * Writes {@code rows}, stamping every account written with {@code runId}.
     *
     * @return the counts, and the rows that were left out because of their references
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchOutcome write(List<LegacyAccountRow> rows, String runId, Instant at) {
        Batch batch = new Batch(runId, at, accountsReferencedBy(rows), organizationsReferencedBy(rows));
        rows.forEach(batch::write);
        em.flush(); // a constraint violation surfaces here, inside the batch's transaction
        return new BatchOutcome(batch.created, batch.updated, batch.problems);
    }

    private Map<NationalRegistryNumber, RegistryAccount> accountsReferencedBy(List<LegacyAccountRow> rows) {
        Set<NationalRegistryNumber> numbers = rows.stream()
                .flatMap(row -> Stream.concat(Stream.of(row.number()), row.designatedBy().stream()))
                .collect(Collectors.toSet());
        Map<NationalRegistryNumber, RegistryAccount> accounts = new HashMap<>();
        registryAccounts.byNumbers(numbers).forEach(account -> accounts.put(account.number(), account));
        return accounts;
    }

    private Map<String, ThirdPartyOrganization> organizationsReferencedBy(List<LegacyAccountRow> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(row -> {
            codes.addAll(row.associatedOrganizations());
            if (row.organizationCode() != null) {
                codes.add(row.organizationCode());
            }
        });
        Map<String, ThirdPartyOrganization> organizations = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createNamedQuery(ThirdPartyOrganization.BY_CODES, ThirdPartyOrganization.class)
                    .setParameter("codes", codes)
                    .getResultList()
                    .forEach(organization -> organizations.put(organization.code(), organization));
        }
        return organizations;
    }

    /** The accounts and organizations a batch works on, and what it has done so far. */
    private final class Batch {

        private final String runId;
        private final Instant at;
        private final Map<NationalRegistryNumber, RegistryAccount> accounts;
        private final Map<String, ThirdPartyOrganization> organizations;
        private final Set<NationalRegistryNumber> written = new HashSet<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private int created;
        private int updated;

        Batch(String runId, Instant at, Map<NationalRegistryNumber, RegistryAccount> accounts,
              Map<String, ThirdPartyOrganization> organizations) {
            this.runId = runId;
            this.at = at;
            this.accounts = accounts;
            this.organizations = organizations;
        }

        void write(LegacyAccountRow row) {
            RegistryAccount existing = accounts.get(row.number());
            List<ImportProblem> rowProblems = new ArrayList<>();
            if (written.contains(row.number()) || existing != null && existing.importedBy(runId)) {
                rowProblems.add(problem(row, LegacyColumn.NATIONAL_REGISTRY_NUMBER,
                        "appears more than once in this file; only its first row was imported"));
            } else if (existing != null && existing.type() != row.type()) {
                rowProblems.add(problem(row, LegacyColumn.ACCOUNT_TYPE,
                        "the registry holds this number as a " + existing.type()
                                + "; an account's type cannot change"));
            }
            List<RegistryAccount> examiners = designatingExaminers(row, rowProblems);
            List<ThirdPartyOrganization> associated = associatedOrganizations(row, rowProblems);
            ThirdPartyOrganization organization = organizationOf(row, rowProblems);
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                return;
            }
            RegistryAccount account;
            if (existing == null) {
                account = create(row);
            } else {
                account = existing;
                updated++;
            }
            apply(row, account, examiners, associated, organization);
            written.add(row.number());
        }

        private RegistryAccount create(LegacyAccountRow row) {
            RegistryAccount account = RegistryAccount.legacy(row.number(), row.type(), row.contact(), at);
            em.persist(account);
            accounts.put(row.number(), account);
            created++;
            return account;
        }

        private void apply(LegacyAccountRow row, RegistryAccount account, List<RegistryAccount> examiners,
                           List<ThirdPartyOrganization> associated, ThirdPartyOrganization organization) {
            account.replaceContactDetails(row.contact());
            switch (row.type()) {
                case MEDICAL_EXAMINER -> {
                    account.replaceCertification(row.certification());
                    account.replaceLicenses(row.licenses());
                    account.replaceAssociatedOrganizations(associated);
                }
                case ADMINISTRATIVE_ASSISTANT -> account.replaceDesignatingExaminers(examiners, at);
                case THIRD_PARTY -> account.assignOrganization(organization);
                case ADMINISTRATOR -> { /* nothing beyond the contact details */ }
            }
            account.markImported(runId, at);
        }

        private List<RegistryAccount> designatingExaminers(LegacyAccountRow row, List<ImportProblem> rowProblems) {
            List<RegistryAccount> examiners = new ArrayList<>();
            for (NationalRegistryNumber number : row.designatedBy()) {
                RegistryAccount examiner = accounts.get(number);
                if (examiner == null || examiner.type() != AccountType.MEDICAL_EXAMINER) {
                    rowProblems.add(problem(row, LegacyColumn.DESIGNATED_BY, "no medical examiner " + number
                            + " earlier in the file or in the registry"));
                } else {
                    examiners.add(examiner);
                }
            }
            return examiners;
        }

        private List<ThirdPartyOrganization> associatedOrganizations(LegacyAccountRow row,
                                                                     List<ImportProblem> rowProblems) {
            List<ThirdPartyOrganization> found = new ArrayList<>();
            for (String code : row.associatedOrganizations()) {
                ThirdPartyOrganization organization = organizations.get(code);
                if (organization == null) {
                    rowProblems.add(problem(row, LegacyColumn.ASSOCIATED_ORGANIZATIONS, "no organization " + code
                            + " earlier in the file or in the registry"));
                } else {
                    found.add(organization);
                }
            }
            return found;
        }

        private ThirdPartyOrganization organizationOf(LegacyAccountRow row, List<ImportProblem> rowProblems) {
            if (row.organizationCode() == null) {
                return null;
            }
            ThirdPartyOrganization organization = organizations.get(row.organizationCode());
            if (organization == null && row.organizationName() == null) {
                rowProblems.add(problem(row, LegacyColumn.ORGANIZATION_NAME,
                        "is required for the new organization " + row.organizationCode()));
            } else if (rowProblems.isEmpty() && organization == null) {
                organization = new ThirdPartyOrganization(row.organizationCode(), row.organizationName());
                em.persist(organization);
                organizations.put(organization.code(), organization);
            } else if (rowProblems.isEmpty() && row.organizationName() != null) {
                organization.rename(row.organizationName());
            }
            return organization;
        }

        private ImportProblem problem(LegacyAccountRow row, LegacyColumn column, String reason) {
            return new ImportProblem(row.line(), column.header(), reason);
        }
    }
}
