package gov.dot.fmcsa.nationalregistry.application.emaillink;

/** What an emailed link lets its holder do now; each status has its own page. */
public enum LinkStatus {
    /** The link works. */
    USABLE,
    /** The link is older than its lifetime. */
    EXPIRED,
    /** The link was used already; links work once. */
    USED,
    /** A newer email of the same kind was sent: only its link works. */
    REPLACED,
    /** The account is locked: its links work again only once an administrator unlocks it. */
    ACCOUNT_LOCKED,
    /** The account no longer needs what the link offers (e.g. its email was settled otherwise). */
    SETTLED,
    /** No such link: mistyped, cut short, tampered with, or for another page. */
    UNKNOWN
}
