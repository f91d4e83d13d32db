package gov.dot.fmcsa.nationalregistry.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Puts a message next to a field of the current page. */
public final class Messages {

    private Messages() {
    }

    /** Shows {@code text} as an error next to the component {@code clientId} (e.g. {@code form:email}). */
    public static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Shows {@code text} as an error about the whole form. */
    public static void globalError(String text) {
        fieldError(null, text);
    }

    /** Shows {@code text} as {@code #{flash.notice}} on the page the current action redirects to. */
    public static void noticeAfterRedirect(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", text);
    }

    /** The domain's messages are phrases ("a license number is required"): make them sentences. */
    public static String sentence(String phrase) {
        String capitalised = phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
