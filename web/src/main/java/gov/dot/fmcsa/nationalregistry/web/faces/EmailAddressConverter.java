package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import jakarta.faces.convert.FacesConverter;

/** An email address field. */
@FacesConverter(forClass = EmailAddress.class)
public class EmailAddressConverter extends DomainValueConverter<EmailAddress> {

    @Override
    protected EmailAddress parse(String text) {
        return EmailAddress.of(text);
    }

    @Override
    protected String format(EmailAddress value) {
        return value.address();
    }
}
