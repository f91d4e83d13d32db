package gov.dot.fmcsa.nationalregistry.application.legacyimport;

/**
 * Why a row of a legacy file was not imported.
 *
 * @param line   the file line on which the row starts (the header is line 1)
 * @param field  the column at fault, or {@code row} when the whole row is
 * @param reason what is wrong, worded for the person who prepared the file
 */
public record ImportProblem(int line, String field, String reason) {

    /** The {@code field} of a problem that concerns the whole row. */
    public static final String WHOLE_ROW = "row";

    static ImportProblem ofRow(int line, String reason) {
        return new ImportProblem(line, WHOLE_ROW, reason);
    }
}
