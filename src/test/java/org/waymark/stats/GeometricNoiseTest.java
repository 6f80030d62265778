package org.waymark.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeometricNoiseTest {

    static final int DRAWS = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.0, 2.0})
    void hasMeanZeroAndTheVarianceOfTheDiscreteLaplace(double epsilon) {
        GeometricNoise noise = new GeometricNoise(epsilon, new SecureRandom());
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            long z = noise.sample();
            sum += z;
            squares += (double) z * z;
        }
        double mean = sum / DRAWS;
        double variance = squares / DRAWS - mean * mean;
        double standardError = Math.sqrt(noise.variance() / DRAWS);

        assertThat(Math.abs(mean)).as("mean within 5 standard errors").isLessThan(5 * standardError + 1e-9);
        assertThat(variance / noise.variance()).isBetween(0.95, 1.05);
    }

    @Test
    void followsTheGeometricLawAroundZero() {
        double epsilon = 1.0;
        GeometricNoise noise = new GeometricNoise(epsilon, new SecureRandom());
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(noise.sample(), 1, Integer::sum);
        }
        // P(z+1) / P(z) = e^-epsilon for z >= 0, and the law is symmetric
        double ratio = counts.get(1L) / (double) counts.get(0L);
        assertThat(ratio).isCloseTo(Math.exp(-epsilon), org.assertj.core.data.Offset.offset(0.02));
        assertThat(counts.get(-1L) / (double) counts.get(1L)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void neverPublishesANegativeCountAndRefusesAnUnusableEpsilon() {
        GeometricNoise noise = new GeometricNoise(0.1, new SecureRandom());
        for (int i = 0; i < 10_000; i++) {
            assertThat(noise.noisy(0)).isNotNegative();
        }
        assertThatThrownBy(() -> new GeometricNoise(0, new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeometricNoise(Double.NaN, new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
    }
}
