package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import jakarta.ejb.ApplicationException;

/** Transfer is not open (yet) for this account type: docs/product.md flow 2, "available at a later date". */
@ApplicationException(rollback = true)
public class TransferClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AccountType type;

    public TransferClosedException(AccountType type) {
        super("transfer is not open for " + type.displayName() + " accounts");
        this.type = type;
    }

    public AccountType type() {
        return type;
    }
}
