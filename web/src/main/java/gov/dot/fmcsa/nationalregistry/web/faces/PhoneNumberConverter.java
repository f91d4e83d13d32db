package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import jakarta.faces.convert.FacesConverter;

/** A US phone number field, written in any of the usual ways (617.494.3003, (617) 494-3003, +1 …). */
@FacesConverter(forClass = PhoneNumber.class)
public class PhoneNumberConverter extends DomainValueConverter<PhoneNumber> {

    @Override
    protected PhoneNumber parse(String text) {
        return PhoneNumber.of(text);
    }

    @Override
    protected String format(PhoneNumber value) {
        return value.toString();
    }
}
