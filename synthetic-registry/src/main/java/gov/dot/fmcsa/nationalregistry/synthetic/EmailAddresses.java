package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Email addresses of random accounts, all at domains reserved for examples (RFC 2606), so that no
 * message sent by a test can reach anybody.
 *
 * <p>An address is unique by construction: its local part ends with a mailbox number that no other
 * account shares, and a name part never contains digits. The hand-picked sample addresses contain no
 * digits at all, so random accounts can never reuse them.
 */
final class EmailAddresses {

    private static final List<String> PRIMARY_DOMAINS = List.of(
            "example.com", "example.net", "mail.example.com", "clinic.example.net", "health.example.com");

    /** Apart from the primary domains, so an account's secondary address never equals a primary one. */
    private static final List<String> SECONDARY_DOMAINS = List.of(
            "example.org", "mail.example.org", "home.example.org");

    /** How people build their mailbox name from their first and last names (mailbox forms). */
    private static final List<BinaryOperator<String>> NAME_STYLES = List.of(
            (first, last) -> first + "." + last,
            (first, last) -> first.charAt(0) + last,
            (first, last) -> first + last,
            (first, last) -> last + "." + first,
            (first, last) -> first + "_" + last);

    private EmailAddresses() {
    }

    /** @return an address at one of the primary domains */
    static String primary(Name first, Name last, long mailboxNumber, RowRandom random) {
        return address(first, last, mailboxNumber, PRIMARY_DOMAINS, random);
    }

    /** @return an address at one of the secondary domains */
    static String secondary(Name first, Name last, long mailboxNumber, RowRandom random) {
        return address(first, last, mailboxNumber, SECONDARY_DOMAINS, random);
    }

    /**
     * @return the same address with the first letter of each word in upper case
     *         ({@code jane.doe12@example.com} becomes {@code Jane.Doe12@Example.Com}), as legacy
     *         data holds addresses typed differently by two accounts
     */
    static String inOtherCase(String address) {
        StringBuilder variant = new StringBuilder(address.length());
        boolean wordStart = true;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            variant.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = c == '.' || c == '_' || c == '@';
        }
        return variant.toString();
    }

    private static String address(Name first, Name last, long mailboxNumber, List<String> domains,
                                  RowRandom random) {
        String name = random.pick(NAME_STYLES).apply(first.mailbox(), last.mailbox());
        return name + mailboxNumber + "@" + random.pick(domains);
    }
}
