package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.faces.convert.FacesConverter;

/** A State chosen from the list, sent as its postal code; anything else is refused. */
@FacesConverter(forClass = State.class)
public class StateConverter extends DomainValueConverter<State> {

    @Override
    protected State parse(String text) {
        return State.fromCode(text).orElseThrow(() -> new InvalidValueException("choose a State from the list"));
    }

    @Override
    protected String format(State value) {
        return value.code();
    }
}
