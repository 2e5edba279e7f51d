package io.pdgitops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.LoadLimits;
import io.pdgitops.pagerduty.PagerDutyClientConfig;
import io.pdgitops.webhook.BodySizeLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The limits page states the limits the code enforces, so changing a default without the page fails here. */
class SecurityAndLimitsPageTest {

    private static final Path PAGE = Path.of("docs/security-and-limits.md");

    @Test
    void theLoadLimitsOnThePageAreTheDefaults() throws IOException {
        String page = Files.readString(PAGE);
        LoadLimits limits = LoadLimits.defaults();

        assertThat(page).contains("| " + mebibytes(limits.maxFileBytes()) + " MiB")
                .contains("| " + grouped(limits.maxFiles()) + " ")
                .contains("| " + grouped(limits.maxAliases()) + " |")
                .contains("| " + grouped(limits.maxAliasExpansion()) + " |")
                .contains("| " + grouped(limits.maxDepth()) + " |");
    }

    @Test
    void theWebhookAndPagerDutyLimitsOnThePageAreTheDefaults() throws IOException {
        String page = Files.readString(PAGE);

        assertThat(page).contains("| " + mebibytes(BodySizeLimit.DEFAULT.maxBytes()) + " MiB")
                .contains(PagerDutyClientConfig.DEFAULT_REQUESTS_PER_MINUTE + " requests a minute");
    }

    @Test
    void theReadmeLinksThePage() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains("(" + PAGE + ")");
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
