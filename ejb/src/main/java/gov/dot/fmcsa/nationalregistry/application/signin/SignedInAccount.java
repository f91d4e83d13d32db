package gov.dot.fmcsa.nationalregistry.application.signin;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The person a session belongs to, as the web tier keeps it between requests: serializable and
 * small, since it lives in the HTTP session.
 *
 * @param number      the account's National Registry number: the caller principal's name
 * @param displayName the name shown in the page header
 * @param roles       the container roles ({@link gov.dot.fmcsa.nationalregistry.application.security.Roles})
 * @param signedInAt  when the sign-in happened, for the session's absolute lifetime
 */
public record SignedInAccount(NationalRegistryNumber number, String displayName, Set<String> roles,
                              Instant signedInAt) implements Serializable {

    public SignedInAccount {
        roles = Set.copyOf(roles);
    }
}
