package gov.dot.fmcsa.nationalregistry.synthetic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A first or last name as written in the registry, with the form it takes in an email address.
 *
 * @param text    as written, accents, apostrophes, hyphens and spaces included ("Nuñez", "O'Brien")
 * @param mailbox lower-case ASCII letters only ("nunez", "obrien")
 */
record Name(String text, String mailbox) {

    /** @return the name, with its mailbox form computed once (normalizing costs too much per row) */
    static Name of(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD);
        return new Name(text, withoutAccents.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT));
    }
}
