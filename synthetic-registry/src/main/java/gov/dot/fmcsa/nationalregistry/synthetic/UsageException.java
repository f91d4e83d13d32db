package gov.dot.fmcsa.nationalregistry.synthetic;

/** A command line the generator cannot run; its message says what is wrong, in one line. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
