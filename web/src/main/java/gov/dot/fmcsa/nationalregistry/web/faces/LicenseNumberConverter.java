package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import jakarta.faces.convert.FacesConverter;

/** A professional license number field, in the issuing State's letters, digits and dashes. */
@FacesConverter(forClass = LicenseNumber.class)
public class LicenseNumberConverter extends DomainValueConverter<LicenseNumber> {

    @Override
    protected LicenseNumber parse(String text) {
        return LicenseNumber.of(text);
    }

    @Override
    protected String format(LicenseNumber value) {
        return value.value();
    }
}
