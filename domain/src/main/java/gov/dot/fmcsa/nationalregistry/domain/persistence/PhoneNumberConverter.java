package gov.dot.fmcsa.nationalregistry.domain.persistence;

import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PhoneNumber} as its ten digits. */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumber phone) {
        return phone == null ? null : phone.digits();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String digits) {
        return digits == null ? null : new PhoneNumber(digits);
    }
}
