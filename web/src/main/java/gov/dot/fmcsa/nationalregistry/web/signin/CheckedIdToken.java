package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.List;

/**
 * The checks of login.gov's ID token that pac4j does not make, made after its own (signature,
 * issuer, audience contains the registry, times, nonce): OpenID Connect Core 3.1.3.7, items 3 to 5
 * and 12, for a relying party that trusts one provider and one algorithm.
 */
final class CheckedIdToken {

    private CheckedIdToken() {
    }

    /**
     * Accepts the ID token {@code serialized} only when it is RS256, meant for {@code clientId} alone (another
     * audience needs an {@code azp} naming the registry: a token obtained by another client must not
     * sign anyone in here) and reports an identity assurance of at least {@code asked}.
     *
     * @throws LoginGovException naming the check that failed
     */
    static void check(String serialized, String clientId, IdentityAssurance asked) {
        JWT idToken = parsed(serialized);
        if (!JWSAlgorithm.RS256.equals(idToken.getHeader().getAlgorithm())) {
            throw new LoginGovException("the ID token is signed with " + idToken.getHeader().getAlgorithm()
                    + ", not RS256");
        }
        JWTClaimsSet claims = claimsOf(idToken);
        checkAuthorizedParty(claims, clientId);
        checkAssurance(claims, asked);
    }

    private static void checkAuthorizedParty(JWTClaimsSet claims, String clientId) {
        List<String> audience = claims.getAudience();
        Object authorizedParty = claims.getClaim("azp");
        if (audience.size() > 1 && authorizedParty == null) {
            throw new LoginGovException("the ID token has " + audience.size() + " audiences and no azp");
        }
        if (authorizedParty != null && !clientId.equals(authorizedParty)) {
            throw new LoginGovException("the ID token's azp is " + authorizedParty + ", not the registry");
        }
    }

    private static void checkAssurance(JWTClaimsSet claims, IdentityAssurance asked) {
        Object acr = claims.getClaim("acr");
        IdentityAssurance met = acr instanceof String value ? IdentityAssurance.of(value).orElse(null) : null;
        if (met == null || !met.atLeast(asked)) {
            throw new LoginGovException("the ID token's acr " + acr + " is not the assurance asked for ("
                    + asked + " or stronger)");
        }
    }

    private static JWT parsed(String serialized) {
        try {
            return JWTParser.parse(serialized);
        } catch (ParseException e) {
            throw new LoginGovException("the ID token cannot be read", e);
        }
    }

    private static JWTClaimsSet claimsOf(JWT idToken) {
        try {
            return idToken.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LoginGovException("the ID token's claims cannot be read", e);
        }
    }
}
