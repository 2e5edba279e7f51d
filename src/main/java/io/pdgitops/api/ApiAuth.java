package io.pdgitops.api;

import io.pdgitops.service.quarkus.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Bearer-token checks: always for write endpoints, for reads when {@code read-auth=token}. */
@ApplicationScoped
public class ApiAuth {

    private static final String BEARER = "Bearer ";

    @Inject
    ServiceConfig config;

    public void requireWrite(String authorization) {
        Optional<String> token = config.apiToken().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            throw ApiError.refuse(Response.Status.FORBIDDEN, "write endpoints are off: set pd-gitops.api-token "
                    + "(e.g. the PD_GITOPS_API_TOKEN environment variable) to use them");
        }
        check(authorization, token.get());
    }

    /** Whether no write token is set, so that the write endpoints are off and anyone is anonymous. */
    public boolean writeTokenUnset() {
        return config.apiToken().filter(t -> !t.isBlank()).isEmpty();
    }

    public void requireRead(String authorization) {
        if (config.readAuth() == ServiceConfig.ReadAuth.TOKEN) {
            check(authorization, config.apiToken().filter(t -> !t.isBlank()).orElseThrow(() -> ApiError.refuse(
                    Response.Status.FORBIDDEN, "read-auth is token but no pd-gitops.api-token is set")));
        }
    }

    /**
     * Whether a read may go ahead, for callers that answer a refusal their own way (the dashboard shows its sign-in
     * form rather than a JSON error).
     */
    public boolean readAllowed(String authorization) {
        if (config.readAuth() != ServiceConfig.ReadAuth.TOKEN) {
            return true;
        }
        Optional<String> token = config.apiToken().filter(t -> !t.isBlank());
        return token.isPresent() && matches(authorization, token.get());
    }

    private static boolean matches(String authorization, String expected) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void check(String authorization, String expected) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw ApiError.refuse(Response.Status.UNAUTHORIZED, "missing 'Authorization: Bearer <api token>'");
        }
        if (!matches(authorization, expected)) {
            throw ApiError.refuse(Response.Status.UNAUTHORIZED, "wrong API token");
        }
    }
}
