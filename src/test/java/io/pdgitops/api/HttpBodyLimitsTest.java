package io.pdgitops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.service.quarkus.ServiceConfig;
import io.pdgitops.webhook.BodySizeLimit;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer reads no body larger than the largest one a route accepts, the webhook limit; a larger HTTP limit
 * would let bodies no route wants into memory, a smaller one would refuse deliveries GitHub may send.
 */
class HttpBodyLimitsTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    @Test
    void theHttpLayersLimitIsTheWebhookLimit() throws Exception {
        String expression = property("quarkus.http.limits.max-body-size");
        assertThat(expression).as("the HTTP limit follows the webhook setting")
                .startsWith("${pd-gitops.webhook.max-body-bytes:").endsWith("}");
        long httpLimit = memorySize(expression.substring(expression.indexOf(':') + 1, expression.length() - 1));
        long webhookDefault = Long.parseLong(ServiceConfig.Webhook.class.getMethod("maxBodyBytes")
                .getAnnotation(WithDefault.class).value());

        assertThat(httpLimit).isEqualTo(webhookDefault).isEqualTo(BodySizeLimit.DEFAULT.maxBytes());
    }

    @Test
    void theOtherRoutesHaveASmallerLimitThanTheLargeBodySize() throws Exception {
        long apiDefault = defaultOf(ServiceConfig.Http.class, "maxApiBodyBytes");
        long largeDefault = defaultOf(ServiceConfig.Http.class, "largeBodyBytes");

        // Every body of the other routes is small: only webhooks ever take a slot for large bodies.
        assertThat(apiDefault).isLessThan(largeDefault);
        assertThat(largeDefault).isLessThan(BodySizeLimit.DEFAULT.maxBytes());
    }

    private static long defaultOf(Class<?> mapping, String method) throws NoSuchMethodException {
        return Long.parseLong(mapping.getMethod(method).getAnnotation(WithDefault.class).value());
    }

    private static String property(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
            properties.load(reader);
        }
        String value = properties.getProperty(name);
        assertThat(value).as("%s in %s", name, PROPERTIES).isNotNull();
        return value;
    }

    /** Quarkus' memory sizes: a number with an optional binary suffix K, M, G or T. */
    private static long memorySize(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        int exponent = "KMGT".indexOf(upper.charAt(upper.length() - 1)) + 1;
        String digits = exponent == 0 ? upper : upper.substring(0, upper.length() - 1);
        return Long.parseLong(digits) << (10 * exponent);
    }
}
