package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

/**
 * Turns what a person typed into a domain value with the domain's own parser, so that a form
 * accepts exactly what the registry does; the parser's message goes next to the field. An empty
 * field converts to null and is left to the field's {@code required} check.
 */
public abstract class DomainValueConverter<T> implements Converter<T> {

    /** Parses non-blank text; throws {@link InvalidValueException} with a message for the person. */
    protected abstract T parse(String text);

    /** The text to show for a value. */
    protected abstract String format(T value);

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidValueException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.sentence(e.getMessage()), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : format(value);
    }
}
