package io.pdgitops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pdgitops.service.quarkus.ServiceConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bearer-token rules, on configurations built without booting Quarkus. */
class ApiAuthTest {

    @Test
    void withoutAnApiTokenWritesAreRefusedWithHowToSetOne() {
        WebApplicationException refused = refusal(() -> auth(Map.of()).requireWrite("Bearer anything"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(((ApiError) refused.getResponse().getEntity()).error())
                .contains("pd-gitops.api-token").contains("PD_GITOPS_API_TOKEN");
    }

    @Test
    void writesNeedTheExactBearerToken() {
        ApiAuth auth = auth(Map.of("pd-gitops.api-token", "s3cret"));

        assertThat(refusal(() -> auth.requireWrite(null)).getResponse().getStatus()).isEqualTo(401);
        assertThat(refusal(() -> auth.requireWrite("Token token=s3cret")).getResponse().getStatus()).isEqualTo(401);
        WebApplicationException wrong = refusal(() -> auth.requireWrite("Bearer s3cret-not"));
        assertThat(((ApiError) wrong.getResponse().getEntity()).error()).isEqualTo("wrong API token")
                .doesNotContain("s3cret");
        assertThatCode(() -> auth.requireWrite("Bearer s3cret")).doesNotThrowAnyException();
    }

    @Test
    void readsAreOpenUnlessReadAuthIsToken() {
        assertThatCode(() -> auth(Map.of("pd-gitops.api-token", "s3cret")).requireRead(null))
                .doesNotThrowAnyException();

        ApiAuth guarded = auth(Map.of("pd-gitops.api-token", "s3cret", "pd-gitops.read-auth", "token"));
        assertThat(refusal(() -> guarded.requireRead(null)).getResponse().getStatus()).isEqualTo(401);
        assertThatCode(() -> guarded.requireRead("Bearer s3cret")).doesNotThrowAnyException();
    }

    private static ApiAuth auth(Map<String, String> properties) {
        ApiAuth auth = new ApiAuth();
        auth.config = new SmallRyeConfigBuilder()
                .withMapping(ServiceConfig.class)
                // Quarkus reads durations such as "5s"; a bare SmallRye config would want "PT5S".
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(ServiceConfig.class);
        return auth;
    }

    private static WebApplicationException refusal(Runnable call) {
        return catchThrowableOfType(WebApplicationException.class, call::run);
    }
}
