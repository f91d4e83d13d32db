package gov.dot.fmcsa.nationalregistry.web.signin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * login.gov's identity assurance levels as the {@code acr} values that ask for and report them,
 * weakest first. login.gov answers a sign-in with one {@code acr}: the level the person met, one of
 * those asked for in {@code acr_values} or a stronger one. The authenticator levels
 * ({@code .../aal/...}) are not {@code acr} answers and are not ranked here.
 */
enum IdentityAssurance {

    AUTH_ONLY("urn:acr.login.gov:auth-only", "http://idmanagement.gov/ns/assurance/ial/1"),
    VERIFIED("urn:acr.login.gov:verified", "urn:acr.login.gov:verified-facial-match-preferred",
            "http://idmanagement.gov/ns/assurance/ial/2", "http://idmanagement.gov/ns/assurance/loa/3"),
    VERIFIED_FACIAL_MATCH("urn:acr.login.gov:verified-facial-match-required");

    private final List<String> acrValues;

    IdentityAssurance(String... acrValues) {
        this.acrValues = List.of(acrValues);
    }

    /** The level an {@code acr} value names, if it is one of login.gov's. */
    static Optional<IdentityAssurance> of(String acr) {
        return Arrays.stream(values()).filter(level -> level.acrValues.contains(acr)).findFirst();
    }

    /**
     * The weakest level that {@code acrValues} (space-separated, as sent to login.gov) asks for: any
     * answer below it was not what the registry asked for.
     *
     * @throws IllegalArgumentException when no value in it is an identity assurance level
     */
    static IdentityAssurance askedFor(String acrValues) {
        return Arrays.stream(acrValues.trim().split("\\s+")).map(IdentityAssurance::of).flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("registry.login-gov.acr-values (" + acrValues
                        + ") asks for no identity assurance level, e.g. urn:acr.login.gov:auth-only"));
    }

    boolean atLeast(IdentityAssurance other) {
        return compareTo(other) >= 0;
    }
}
