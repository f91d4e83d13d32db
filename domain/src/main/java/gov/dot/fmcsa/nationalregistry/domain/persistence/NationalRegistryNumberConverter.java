package gov.dot.fmcsa.nationalregistry.domain.persistence;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NationalRegistryNumber} as its ten digits. */
@Converter(autoApply = true)
public class NationalRegistryNumberConverter implements AttributeConverter<NationalRegistryNumber, String> {

    @Override
    public String convertToDatabaseColumn(NationalRegistryNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public NationalRegistryNumber convertToEntityAttribute(String value) {
        return value == null ? null : new NationalRegistryNumber(value);
    }
}
