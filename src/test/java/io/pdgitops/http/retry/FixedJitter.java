package io.pdgitops.http.retry;

import java.util.random.RandomGenerator;

/** A jitter source that always answers the middle, so that tests can compute every wait from the inputs. */
public final class FixedJitter {

    /** What {@link #halfway()} answers for every {@code nextDouble()}. */
    public static final double HALF = 0.5;

    private FixedJitter() {
    }

    public static RandomGenerator halfway() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return HALF;
            }
        };
    }
}
