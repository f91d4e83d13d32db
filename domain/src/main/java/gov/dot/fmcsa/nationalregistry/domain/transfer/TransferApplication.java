package gov.dot.fmcsa.nationalregistry.domain.transfer;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.io.Serializable;

/**
 * What a person gives on "Transfer or Create Account": the account type and the National Registry
 * number, and for an examiner also a professional license number and the State that issued it.
 */
public record TransferApplication(AccountType type, NationalRegistryNumber number, LicenseNumber license,
                                  State licenseState) implements Serializable {

    public TransferApplication {
        if (type == null) {
            throw new InvalidValueException("type", "an account type is required");
        }
        if (number == null) {
            throw new InvalidValueException("number", "a National Registry number is required");
        }
        if (!type.isTransferable()) {
            throw new InvalidValueException("type", "administrator accounts are not transferred through this form");
        }
        if (type == AccountType.MEDICAL_EXAMINER && license == null) {
            throw new InvalidValueException("license", "a license number is required");
        }
        if (type == AccountType.MEDICAL_EXAMINER && licenseState == null) {
            throw new InvalidValueException("licenseState", "a State is required");
        }
        if (type != AccountType.MEDICAL_EXAMINER) {
            // Only examiners are matched on a license; anything else sent along is ignored.
            license = null;
            licenseState = null;
        }
    }

    /** An examiner's application: number, license number and the State that issued the license. */
    public static TransferApplication examiner(NationalRegistryNumber number, LicenseNumber license, State state) {
        return new TransferApplication(AccountType.MEDICAL_EXAMINER, number, license, state);
    }

    /** An assistant's or third party's application: the number alone. */
    public static TransferApplication byNumber(AccountType type, NationalRegistryNumber number) {
        return new TransferApplication(type, number, null, null);
    }
}
