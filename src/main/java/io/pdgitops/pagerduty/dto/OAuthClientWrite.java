package io.pdgitops.pagerduty.dto;

/**
 * A create or partial update of an OAuth client: null fields are not sent. The client secret goes to PagerDuty only,
 * so it is left out of {@link #toString()}, which logs and errors may show.
 */
@PagerDutyObject
public record OAuthClientWrite(String name, String clientId, String clientSecret, String scope, String tokenUrl,
        String grantType) {

    /** A client of the one grant PagerDuty supports, {@code client_credentials}. */
    public static OAuthClientWrite clientCredentials(String name, String clientId, String clientSecret, String scope,
            String tokenUrl) {
        return new OAuthClientWrite(name, clientId, clientSecret, scope, tokenUrl, "client_credentials");
    }

    @Override
    public String toString() {
        return "OAuthClientWrite[name=" + name + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? null : "(not shown)") + ", scope=" + scope + ", tokenUrl=" + tokenUrl + "]";
    }
}
