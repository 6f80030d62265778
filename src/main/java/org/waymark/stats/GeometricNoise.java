package org.waymark.stats;

import java.security.SecureRandom;

/**
 * The two-sided geometric ("discrete Laplace") mechanism for counts (sensitivity 1): adds an integer
 * Z with P(Z = z) proportional to exp(-ε|z|), drawn as the difference of two geometric variables from a
 * {@link SecureRandom}. Each geometric variable is sampled by counting Bernoulli(1 - e^-ε) failures — integers
 * only, no floating-point inverse CDF with its tail artefacts; the only floating-point step is e^-ε itself.
 */
public final class GeometricNoise {

    private static final long ONE = 1L << 53;
    private final SecureRandom random;
    private final double epsilon;
    private final long threshold;

    public GeometricNoise(double epsilon, SecureRandom random) {
        if (!(epsilon > 0 && epsilon <= 10)) {
            throw new IllegalArgumentException("epsilon must be in (0, 10]");
        }
        this.epsilon = epsilon;
        this.random = random;
        // a trial "continues" with probability alpha = e^-epsilon: a uniform 53-bit integer below alpha * 2^53
        this.threshold = (long) Math.floor(Math.exp(-epsilon) * ONE);
    }

    public double epsilon() {
        return epsilon;
    }

    /** The noisy count: {@code count} plus two-sided geometric noise, never below zero (post-processing keeps privacy). */
    public long noisy(long count) {
        return Math.max(0, count + sample());
    }

    /** One draw of the noise. */
    long sample() {
        return geometric() - geometric();
    }

    private long geometric() {
        long failures = 0;
        while ((random.nextLong() >>> 11) < threshold) {
            failures++;
        }
        return failures;
    }

    /** The variance of the noise, 2α / (1 - α)², for tests and documentation. */
    double variance() {
        double alpha = Math.exp(-epsilon);
        return 2 * alpha / ((1 - alpha) * (1 - alpha));
    }
}
