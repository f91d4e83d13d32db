package gov.dot.fmcsa.nationalregistry.application.emaillink;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.token.EmailLinkToken;
import gov.dot.fmcsa.nationalregistry.domain.token.LinkSecret;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and finds the tokens behind emailed links. A token lives {@code registry.email-link.lifetime}
 * (ISO-8601 duration, default 24 hours); a new one voids the open tokens of the same account and
 * purpose, so that only the newest email's link works. Joins the caller's transaction.
 */
// Anyone: the emailed links are opened without a session; the token is the proof.
@PermitAll
@Stateless
public class EmailLinkTokens {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "registry.email-link.lifetime", defaultValue = "PT24H")
    private Duration lifetime;

    @Inject
    @ConfigProperty(name = "registry.email-change.limit.per-account", defaultValue = "5")
    private int confirmationsPerAccount;

    @Inject
    @ConfigProperty(name = "registry.email-change.limit.window", defaultValue = "PT1H")
    private Duration confirmationWindow;

    /**
     * Issues a token that lets the holder of the link act for {@code account} for {@code purpose}.
     *
     * @return the secret to put in the link; only its hash is stored
     */
    public String issue(RegistryAccount account, TokenPurpose purpose) {
        String secret = LinkSecret.generate();
        Instant now = Instant.now();
        replaceOpenTokens(account, purpose, now);
        em.persist(new EmailLinkToken(hashOf(secret), account, purpose, now, now.plus(lifetime)));
        return secret;
    }

    /**
     * Issues a token that confirms {@code pendingEmail} as the new email of {@code account}.
     *
     * @return the secret to put in the link
     */
    public String issueConfirmation(RegistryAccount account, EmailAddress pendingEmail) {
        String secret = LinkSecret.generate();
        Instant now = Instant.now();
        replaceOpenTokens(account, TokenPurpose.CONFIRM_NEW_EMAIL, now);
        em.persist(EmailLinkToken.confirming(pendingEmail, hashOf(secret), account, now, now.plus(lifetime)));
        return secret;
    }

    /**
     * Refuses a new confirmation link for {@code account} when
     * {@code registry.email-change.limit.per-account} (default 5) were sent in the last
     * {@code registry.email-change.limit.window} (default one hour): each sends an email to an
     * address the requester chose, and each address given is sent one whether or not it is on file.
     *
     * @throws ConfirmationLimitException when the limit is reached (nothing is sent)
     */
    public void refuseConfirmationPastLimit(RegistryAccount account) {
        int recent = em.createNamedQuery(EmailLinkToken.ISSUED_SINCE, Long.class)
                .setParameter("account", account).setParameter("purpose", TokenPurpose.CONFIRM_NEW_EMAIL)
                .setParameter("since", Instant.now().minus(confirmationWindow))
                .setMaxResults(confirmationsPerAccount).getResultList().size();
        if (recent >= confirmationsPerAccount) {
            throw new ConfirmationLimitException();
        }
    }

    /** The token behind {@code secret} if it exists and was issued for {@code purpose}, used or not. */
    public Optional<EmailLinkToken> find(String secret, TokenPurpose purpose) {
        return LinkSecret.hashOf(secret)
                .flatMap(hash -> em.createNamedQuery(EmailLinkToken.BY_HASH, EmailLinkToken.class)
                        .setParameter("hash", hash).getResultStream().findFirst())
                .filter(token -> token.purpose() == purpose);
    }

    /** How long a new link stays usable, for the emails to say so. */
    public Duration lifetime() {
        return lifetime;
    }

    private void replaceOpenTokens(RegistryAccount account, TokenPurpose purpose, Instant now) {
        em.createNamedQuery(EmailLinkToken.OPEN_OF_ACCOUNT, EmailLinkToken.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .getResultStream().forEach(token -> token.replace(now));
    }

    private static String hashOf(String secret) {
        return LinkSecret.hashOf(secret).orElseThrow();
    }
}
