package gov.dot.fmcsa.nationalregistry.domain.persistence;

import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link LicenseNumber} as its upper-case text. */
@Converter(autoApply = true)
public class LicenseNumberConverter implements AttributeConverter<LicenseNumber, String> {

    @Override
    public String convertToDatabaseColumn(LicenseNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public LicenseNumber convertToEntityAttribute(String value) {
        return value == null ? null : new LicenseNumber(value);
    }
}
