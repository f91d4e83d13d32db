package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import jakarta.faces.convert.FacesConverter;

/** A National Registry number field: exactly ten digits. */
@FacesConverter(forClass = NationalRegistryNumber.class)
public class NationalRegistryNumberConverter extends DomainValueConverter<NationalRegistryNumber> {

    @Override
    protected NationalRegistryNumber parse(String text) {
        return NationalRegistryNumber.of(text);
    }

    @Override
    protected String format(NationalRegistryNumber value) {
        return value.value();
    }
}
