package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * A choice among options that are not equally likely (populous States, the common license types).
 *
 * @param <T> the type of the options
 */
final class Weighted<T> {

    private final List<T> options;
    private final int[] cumulativeWeights;

    private Weighted(List<T> options, int[] cumulativeWeights) {
        this.options = options;
        this.cumulativeWeights = cumulativeWeights;
    }

    /**
     * @param options the options, in a fixed order (the order is part of what makes output reproducible)
     * @param weight  the relative weight of an option, at least 1
     */
    static <T> Weighted<T> of(List<T> options, ToIntFunction<? super T> weight) {
        int[] cumulative = new int[options.size()];
        int total = 0;
        for (int i = 0; i < options.size(); i++) {
            int optionWeight = weight.applyAsInt(options.get(i));
            if (optionWeight < 1) {
                throw new IllegalArgumentException("weight of " + options.get(i) + " is below 1");
            }
            total += optionWeight;
            cumulative[i] = total;
        }
        return new Weighted<>(List.copyOf(options), cumulative);
    }

    /**
     * @param weights the weight of 1, of 2, and so on
     * @return a choice of a count from 1 to {@code weights.length}
     */
    static Weighted<Integer> ofCounts(int... weights) {
        return of(IntStream.rangeClosed(1, weights.length).boxed().toList(), count -> weights[count - 1]);
    }

    /** @return an option, each with a probability proportional to its weight */
    T pick(RowRandom random) {
        int ticket = random.below(0, cumulativeWeights[cumulativeWeights.length - 1]);
        // Option i owns the tickets from cumulativeWeights[i - 1] to cumulativeWeights[i] - 1.
        int found = Arrays.binarySearch(cumulativeWeights, ticket + 1);
        return options.get(found >= 0 ? found : -found - 1);
    }
}
