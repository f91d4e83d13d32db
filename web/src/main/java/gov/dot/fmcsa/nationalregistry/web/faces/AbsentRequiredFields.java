package gov.dot.fmcsa.nationalregistry.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;

/**
 * Gives a required field its own message when a post leaves its parameter out altogether, which no
 * page of the registry sends. Faces validates a required field only when its parameter is present
 * (an empty one included): without it, the action ran with nothing in the field. Faces' setting to
 * validate absent parameters too is global and changes the answers of other forms; this is attached
 * where it matters, after a field's validation ({@code <f:event type="postValidate"
 * listener="#{absentRequiredFields.check}"/>}, WEB-INF/includes/reason-field.xhtml).
 */
@Named
@ApplicationScoped
public class AbsentRequiredFields {

    /** Marks the event's required input invalid, with its required message, when its parameter was absent. */
    public void check(ComponentSystemEvent event) {
        UIInput input = (UIInput) event.getComponent();
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = input.getClientId(faces);
        if (input.isRequired() && input.isValid() && !input.isLocalValueSet()
                && !faces.getExternalContext().getRequestParameterMap().containsKey(clientId)) {
            input.setValid(false);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, input.getRequiredMessage(),
                    input.getRequiredMessage()));
            faces.validationFailed();
        }
    }
}
