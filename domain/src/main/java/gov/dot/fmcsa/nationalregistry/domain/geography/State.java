package gov.dot.fmcsa.nationalregistry.domain.geography;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A US State, the District of Columbia or an inhabited territory: the jurisdictions that issue
 * professional licenses and appear in postal addresses. Stored by its two-letter postal code.
 */
public enum State {
    AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
    CT("Connecticut"), DE("Delaware"), FL("Florida"), GA("Georgia"), HI("Hawaii"), ID("Idaho"),
    IL("Illinois"), IN("Indiana"), IA("Iowa"), KS("Kansas"), KY("Kentucky"), LA("Louisiana"),
    ME("Maine"), MD("Maryland"), MA("Massachusetts"), MI("Michigan"), MN("Minnesota"),
    MS("Mississippi"), MO("Missouri"), MT("Montana"), NE("Nebraska"), NV("Nevada"),
    NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"), NY("New York"),
    NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"), OR("Oregon"),
    PA("Pennsylvania"), RI("Rhode Island"), SC("South Carolina"), SD("South Dakota"),
    TN("Tennessee"), TX("Texas"), UT("Utah"), VT("Vermont"), VA("Virginia"), WA("Washington"),
    WV("West Virginia"), WI("Wisconsin"), WY("Wyoming"),
    DC("District of Columbia"),
    AS("American Samoa"), GU("Guam"), MP("Northern Mariana Islands"), PR("Puerto Rico"),
    VI("U.S. Virgin Islands");

    private static final Map<String, State> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(State::code, Function.identity()));

    private final String displayName;

    State(String displayName) {
        this.displayName = displayName;
    }

    /** The two-letter postal code, e.g. {@code MA}. */
    public String code() {
        return name();
    }

    /** The name people read, e.g. {@code Massachusetts}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The State with this postal code, ignoring surrounding spaces and letter case; empty for
     * anything else (so that callers word their own error).
     */
    public static Optional<State> fromCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }
}
