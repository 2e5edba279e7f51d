package io.pdgitops.model;

import java.util.Optional;

/**
 * Which incidents a webhook subscription hears about: those of one service, of one team, or of the whole account.
 *
 * @param name the service's or team's name; empty for the account
 */
public record WebhookFilter(Scope scope, Optional<String> name) {

    /** PagerDuty's filter types, without their {@code _reference} suffix. */
    public enum Scope {
        ACCOUNT("account"),
        SERVICE("service"),
        TEAM("team");

        private final String yamlName;

        Scope(String yamlName) {
            this.yamlName = yamlName;
        }

        /** The key in the YAML's {@code filter} mapping, and PagerDuty's type before {@code _reference}. */
        public String yamlName() {
            return yamlName;
        }
    }

    public WebhookFilter {
        if (scope == Scope.ACCOUNT ? name.isPresent() : name.isEmpty()) {
            throw new IllegalArgumentException("a " + scope.yamlName() + " filter "
                    + (name.isPresent() ? "names nothing" : "needs a name"));
        }
    }

    public static WebhookFilter account() {
        return new WebhookFilter(Scope.ACCOUNT, Optional.empty());
    }

    public static WebhookFilter service(String name) {
        return new WebhookFilter(Scope.SERVICE, Optional.of(name));
    }

    public static WebhookFilter team(String name) {
        return new WebhookFilter(Scope.TEAM, Optional.of(name));
    }

    /** As the plan shows it, e.g. {@code service: Kaede Bank Core DB} or {@code account}. */
    public String display() {
        return name.map(object -> scope.yamlName() + ": " + object).orElse(scope.yamlName());
    }
}
