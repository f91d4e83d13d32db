package gov.dot.fmcsa.nationalregistry.application.security;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import java.util.Optional;

/**
 * The container roles of a signed-in person (docs/product.md "Roles and pages"), as {@code @RolesAllowed}
 * and {@code isUserInRole} name them. The first three follow from the account type;
 * {@link #ADMINISTRATOR} is granted (the first one by configuration, see {@link Administrators}).
 */
public final class Roles {

    public static final String EXAMINER = "EXAMINER";
    public static final String ASSISTANT = "ASSISTANT";
    public static final String THIRD_PARTY = "THIRD_PARTY";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {
    }

    /** The role an account of {@code type} has by its type alone; staff accounts have none until granted. */
    public static Optional<String> ofType(AccountType type) {
        return switch (type) {
            case MEDICAL_EXAMINER -> Optional.of(EXAMINER);
            case ADMINISTRATIVE_ASSISTANT -> Optional.of(ASSISTANT);
            case THIRD_PARTY -> Optional.of(THIRD_PARTY);
            case ADMINISTRATOR -> Optional.empty();
        };
    }
}
