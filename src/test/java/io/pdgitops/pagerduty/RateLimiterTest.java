package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void neverGrantsMoreThanTheLimitInAnyMinute() throws InterruptedException {
        List<Long> granted = grantTimes(960, 3000);

        assertThat(mostInAnyMinute(granted)).isLessThanOrEqualTo(960).isGreaterThan(900);
    }

    /**
     * Eight threads asking at once, with time standing still: each must reserve its own slot (a wait of its own)
     * so that, once every sleep is over, the grants still keep to the limit.
     */
    @Test
    void concurrentCallersEachReserveTheirOwnSlot() throws Exception {
        List<Long> granted = Collections.synchronizedList(new ArrayList<>());
        RateLimiter limiter = RateLimiter.perMinute(960, () -> 0L, duration -> granted.add(duration.toNanos()));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 375; i++) {
                        limiter.acquire();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(granted).as("waits past the burst").hasSize(3000 - RateLimiter.MAX_BURST).doesNotHaveDuplicates();
        List<Long> dueTimes = new ArrayList<>(granted);
        dueTimes.addAll(Collections.nCopies(RateLimiter.MAX_BURST, 0L));
        Collections.sort(dueTimes);
        assertThat(mostInAnyMinute(dueTimes)).isLessThanOrEqualTo(960).isGreaterThan(900);
    }

    private static int mostInAnyMinute(List<Long> granted) {
        int mostInAMinute = 0;
        int windowStart = 0;
        for (int i = 0; i < granted.size(); i++) {
            while (granted.get(i) - granted.get(windowStart) >= MINUTE) {
                windowStart++;
            }
            mostInAMinute = Math.max(mostInAMinute, i - windowStart + 1);
        }
        return mostInAMinute;
    }

    @Test
    void aBurstIsSmallAndThenRequestsAreEvenlySpaced() throws InterruptedException {
        List<Long> granted = grantTimes(960, 100);

        assertThat(granted.subList(0, RateLimiter.MAX_BURST)).containsOnly(0L);
        assertThat(granted.get(RateLimiter.MAX_BURST)).isGreaterThan(0L);
        long gap = granted.get(51) - granted.get(50);
        // (960 - 16) per minute: one every 63.6 ms.
        assertThat(gap).isBetween(Duration.ofMillis(63).toNanos(), Duration.ofMillis(64).toNanos());
    }

    @Test
    void idleTimeRefillsOnlyUpToTheBurst() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter limiter = RateLimiter.perMinute(960, time, time);
        time.sleep(Duration.ofHours(1));
        long before = time.nanos();

        for (int i = 0; i < RateLimiter.MAX_BURST + 1; i++) {
            limiter.acquire();
        }

        assertThat(time.nanos() - before).isPositive();
    }

    @Test
    void aLowLimitStillPaces() throws InterruptedException {
        List<Long> granted = grantTimes(30, 31);

        assertThat(granted.get(30) - granted.get(0)).isGreaterThanOrEqualTo(MINUTE);
    }

    @Test
    void aLaneKeepsToItsOwnLimitInAnyMinute() throws InterruptedException {
        FakeTime time = new FakeTime();
        int laneLimit = 120;
        RateLimiter lane = RateLimiter.lane(RateLimiter.unlimited(), laneLimit, time, time);
        List<Long> granted = new ArrayList<>();
        for (int i = 0; i < 3 * laneLimit; i++) {
            lane.acquire();
            granted.add(time.nanos());
        }

        assertThat(mostInAnyMinute(granted)).isLessThanOrEqualTo(laneLimit).isGreaterThan(laneLimit / 2);
        // Half of it at once, so that one read of an account is not paced.
        assertThat(granted.subList(0, laneLimit / 2)).containsOnly(granted.get(0));
    }

    @Test
    void whatALaneTakesIsTakenFromTheOuterLimiterToo() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter outer = RateLimiter.perMinute(960, time, time);
        RateLimiter lane = RateLimiter.lane(outer, 240, time, time);
        assertThat(outer.untilFree()).isZero();

        for (int i = 0; i < RateLimiter.MAX_BURST; i++) {
            lane.acquire();
        }

        assertThat(lane.untilFree()).isZero();
        assertThat(outer.untilFree()).isPositive();
    }

    @Test
    void tryAcquireTakesAFreePermitOrSaysWhenOneWillBeFreeWithoutTakingIt() throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter limiter = RateLimiter.perMinute(2, time, time);

        assertThat(limiter.tryAcquire()).isZero();
        Duration wait = limiter.tryAcquire();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire()).isEqualTo(wait);

        time.sleep(wait.plusMillis(1));
        assertThat(limiter.tryAcquire()).isZero();
        assertThat(limiter.tryAcquire()).isPositive();
    }

    private static List<Long> grantTimes(int perMinute, int count) throws InterruptedException {
        FakeTime time = new FakeTime();
        RateLimiter limiter = RateLimiter.perMinute(perMinute, time, time);
        List<Long> granted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limiter.acquire();
            granted.add(time.nanos());
        }
        return granted;
    }
}
