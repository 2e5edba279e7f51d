package io.pdgitops.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegrationSecretTest {

    @Test
    void toStringNamesTheIntegrationButNeverTheKey() {
        IntegrationSecret secret = new IntegrationSecret("Payments API", "Nagios", "0123456789abcdef0123456789abcdef");

        assertThat(secret.toString()).contains("Payments API", "Nagios", "redacted")
                .doesNotContain("0123456789abcdef");
        assertThat(secret.key()).isEqualTo("0123456789abcdef0123456789abcdef");
    }
}
