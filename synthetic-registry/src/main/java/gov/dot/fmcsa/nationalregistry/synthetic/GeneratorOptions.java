package gov.dot.fmcsa.nationalregistry.synthetic;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The command line of {@link GeneratorCommand}, parsed. */
final class GeneratorOptions {

    static final String USAGE = "usage: java -jar synthetic-registry.jar [--examiners N] [--assistants N]"
            + " [--third-parties N] [--administrators N] [--seed N] [--reference-date YYYY-MM-DD] [--out FILE]";

    private final SyntheticRegistry.Builder registry = SyntheticRegistry.builder();
    private Path out;
    private boolean help;

    /** Every option but --help takes a value; each handler receives the option's name and its value. */
    private final Map<String, BiConsumer<String, String>> valueOptions = Map.of(
            "--examiners", (option, value) -> registry.examiners(count(option, value)),
            "--assistants", (option, value) -> registry.assistants(count(option, value)),
            "--third-parties", (option, value) -> registry.thirdParties(count(option, value)),
            "--administrators", (option, value) -> registry.administrators(count(option, value)),
            "--seed", (option, value) -> registry.seed(seed(option, value)),
            "--reference-date", (option, value) -> registry.referenceDate(date(option, value)),
            "--out", (option, value) -> out = path(option, value));

    private GeneratorOptions() {
    }

    /**
     * @return the options; the last occurrence of a repeated option wins
     * @throws UsageException when an option is unknown, lacks its value or has a wrong one
     */
    static GeneratorOptions parse(String... args) {
        GeneratorOptions options = new GeneratorOptions();
        for (int i = 0; i < args.length; i++) {
            i = options.accept(args, i);
        }
        return options;
    }

    SyntheticRegistry registry() {
        return registry.build();
    }

    /** @return the file to write, or empty for standard output */
    Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    boolean help() {
        return help;
    }

    /** @return the index of the last argument used */
    private int accept(String[] args, int i) {
        String option = args[i];
        if (option.equals("--help")) {
            help = true;
            return i;
        }
        BiConsumer<String, String> handler = valueOptions.get(option);
        if (handler == null) {
            throw new UsageException("unknown option \"" + option + "\"");
        }
        if (i + 1 == args.length) {
            throw new UsageException(option + " needs a value");
        }
        handler.accept(option, args[i + 1]);
        return i + 1;
    }

    private static int count(String option, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0 && count <= SyntheticRegistry.MAX_ACCOUNTS_PER_TYPE) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        throw new UsageException(option + " must be a whole number from 0 to "
                + SyntheticRegistry.MAX_ACCOUNTS_PER_TYPE + ", not \"" + value + "\"");
    }

    private static long seed(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new UsageException(option + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new UsageException(option + " must be a date as YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    private static Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException notAPath) {
            throw new UsageException(option + " must be a file name, not \"" + value + "\"");
        }
    }
}
