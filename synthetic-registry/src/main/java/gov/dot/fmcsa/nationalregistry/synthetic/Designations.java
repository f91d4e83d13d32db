package gov.dot.fmcsa.nationalregistry.synthetic;

/** The examiners who designate a random assistant: one to three, all written before the assistant. */
final class Designations {

    private static final Weighted<Integer> DESIGNATOR_COUNTS = Weighted.ofCounts(70, 22, 8);

    private final int examiners;
    private final int firstRandomExaminer;

    /**
     * @param examiners           the number of examiner rows
     * @param firstRandomExaminer the index of the first random examiner: random assistants are never
     *                            designated by sample examiners, so that these keep the assistants
     *                            documented
     */
    Designations(int examiners, int firstRandomExaminer) {
        this.examiners = examiners;
        this.firstRandomExaminer = firstRandomExaminer;
    }

    /** @return the {@code designated_by} field of a random assistant; empty when there are no random examiners */
    String random(RowRandom random) {
        int available = examiners - firstRandomExaminer;
        if (available < 1) {
            return "";
        }
        int count = Math.min(DESIGNATOR_COUNTS.pick(random), available);
        return LegacyCsv.list(random.distinct(count, firstRandomExaminer, examiners).stream()
                .map(AccountType.MEDICAL_EXAMINER::nationalRegistryNumber)
                .toList());
    }
}
