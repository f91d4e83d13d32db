package gov.dot.fmcsa.nationalregistry.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A Faces form as a browser without JavaScript posts it: its view state, and its fields encoded. */
public final class FormFields {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FormFields() {
    }

    /** The view state of the first form on {@code page}, if it has one. */
    public static Optional<String> viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** {@code fields} as an application/x-www-form-urlencoded body, in their order. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
