package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import jakarta.faces.convert.FacesConverter;

/** The reason an administrator gives for a console action; its limits are {@link Reason}'s. */
@FacesConverter(forClass = Reason.class)
public class ReasonConverter extends DomainValueConverter<Reason> {

    @Override
    protected Reason parse(String text) {
        return Reason.of(text);
    }

    @Override
    protected String format(Reason value) {
        return value.text();
    }
}
