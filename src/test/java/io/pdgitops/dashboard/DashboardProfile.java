package io.pdgitops.dashboard;

import io.pdgitops.service.ConfigRepoProfile;
import java.util.Map;

/** The service over the test repository, booted apart so the dashboard's tests start from a fresh history. */
public class DashboardProfile extends ConfigRepoProfile {

    /** With {@code read-auth=token}: every page asks for the API token. */
    public static class TokenForReads extends DashboardProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pd-gitops.read-auth", "token");
        }
    }
}
