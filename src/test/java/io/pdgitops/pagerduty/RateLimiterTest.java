package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void neverGrantsMoreThanTheLimitInAnyMinute() throws InterruptedException {
        List<Long> granted = grantTimes(960, 3000);

        int mostInAMinute = 0;
        int windowStart = 0;
        for (int i = 0; i < granted.size(); i++) {
            while (granted.get(i) - granted.get(windowStart) >= MINUTE) {
                windowStart++;
            }
            mostInAMinute = Math.max(mostInAMinute, i - windowStart + 1);
        }
        assertThat(mostInAMinute).isLessThanOrEqualTo(960).isGreaterThan(900);
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
