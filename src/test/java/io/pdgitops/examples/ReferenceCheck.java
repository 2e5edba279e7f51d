package io.pdgitops.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a repository's documents have known kinds and unique names, and that every reference
 * resolves: to a document of the repository, or for users to an email of the sandbox seed.
 */
final class ReferenceCheck {

    static final Set<String> KINDS = Set.of("Service", "EscalationPolicy", "Schedule", "Team");

    private final ConfigRepository repo;
    private final SandboxSeed seed;
    private final List<String> problems = new ArrayList<>();

    private ReferenceCheck(ConfigRepository repo, SandboxSeed seed) {
        this.repo = repo;
        this.seed = seed;
    }

    static List<String> problems(ConfigRepository repo, SandboxSeed seed) {
        ReferenceCheck check = new ReferenceCheck(repo, seed);
        check.kindsAndNames();
        repo.ofKind("Service").forEach(check::service);
        repo.ofKind("EscalationPolicy").forEach(check::escalationPolicy);
        repo.ofKind("Schedule").forEach(check::schedule);
        repo.ofKind("Team").forEach(check::team);
        return List.copyOf(check.problems);
    }

    private void kindsAndNames() {
        Set<String> seen = new HashSet<>();
        for (ConfigDocument doc : repo.documents()) {
            if (!KINDS.contains(doc.kind())) {
                problems.add(doc.where() + ": unknown kind");
            } else if (doc.name() == null) {
                problems.add(doc.where() + ": no name");
            } else if (!seen.add(doc.kind() + "/" + doc.name())) {
                problems.add(doc.where() + ": duplicate name");
            }
        }
    }

    private void service(ConfigDocument doc) {
        resolve(doc, "escalation policy", doc.text("escalation_policy"), repo.names("EscalationPolicy"));
    }

    private void escalationPolicy(ConfigDocument doc) {
        teams(doc);
        for (Map<String, Object> rule : doc.list("rules")) {
            for (Object target : (List<?>) rule.get("targets")) {
                Map<?, ?> t = (Map<?, ?>) target;
                if (t.containsKey("schedule")) {
                    resolve(doc, "schedule", (String) t.get("schedule"), repo.names("Schedule"));
                } else {
                    resolve(doc, "user", (String) t.get("user"), seed.userEmails());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void schedule(ConfigDocument doc) {
        teams(doc);
        for (Map<String, Object> layer : doc.list("layers")) {
            for (String user : (List<String>) layer.get("users")) {
                resolve(doc, "user", user, seed.userEmails());
            }
        }
    }

    private void team(ConfigDocument doc) {
        if (doc.text("parent") != null) {
            resolve(doc, "parent team", doc.text("parent"), repo.names("Team"));
        }
        for (Map<String, Object> member : doc.list("members")) {
            resolve(doc, "user", (String) member.get("user"), seed.userEmails());
        }
    }

    private void teams(ConfigDocument doc) {
        for (String team : doc.strings("teams")) {
            resolve(doc, "team", team, repo.names("Team"));
        }
    }

    private void resolve(ConfigDocument doc, String what, String reference, Collection<String> known) {
        if (!known.contains(reference)) {
            problems.add(doc.where() + ": unknown " + what + " '" + reference + "'");
        }
    }
}
