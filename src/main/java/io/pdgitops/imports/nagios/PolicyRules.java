package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which escalation policy each imported service gets: the first mapping whose pattern matches the service's name
 * (the host group, service group, host or variable value it comes from), else the default.
 *
 * <p>A policy map file has one {@code PATTERN = Escalation Policy Name} per line; {@code *} in a pattern matches
 * any text; {@code #} starts a comment line.
 */
public record PolicyRules(String defaultPolicy, List<Mapping> mappings) {

    /** @param location where the mapping is written, for messages about it */
    public record Mapping(String pattern, String policy, NagiosLocation location) {

        boolean matches(String name) {
            return new Glob(pattern).matches(name);
        }
    }

    public PolicyRules {
        mappings = List.copyOf(mappings);
    }

    public static PolicyRules defaultOnly(String defaultPolicy) {
        return new PolicyRules(defaultPolicy, List.of());
    }

    /** Reads a policy map; malformed lines are problems at their line. */
    public static PolicyRules parse(String defaultPolicy, String file, String text, List<NagiosProblem> problems) {
        List<Mapping> mappings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            NagiosLocation at = new NagiosLocation(file, i + 1);
            int equals = line.indexOf('=');
            String pattern = equals < 0 ? "" : line.substring(0, equals).strip();
            String policy = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (pattern.isEmpty() || policy.isEmpty()) {
                problems.add(new NagiosProblem(at, "expected `PATTERN = Escalation Policy Name`, got `" + line + "`"));
            } else {
                mappings.add(new Mapping(pattern, policy, at));
            }
        }
        return new PolicyRules(defaultPolicy, mappings);
    }

    public String policyFor(String serviceName) {
        return mapped(serviceName).orElse(defaultPolicy);
    }

    /** The policy of the first mapping whose pattern matches the name, if any. */
    public Optional<String> mapped(String name) {
        return mappings.stream().filter(mapping -> mapping.matches(name)).map(Mapping::policy).findFirst();
    }

    /** Problems for every named policy the repository does not declare. */
    public List<String> undeclared(Set<String> declared) {
        List<String> missing = new ArrayList<>();
        String known = declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared));
        if (!declared.contains(defaultPolicy)) {
            missing.add("--policy: escalation policy `" + defaultPolicy + "` is not declared in the repository"
                    + " (declared: " + known + ")");
        }
        for (Mapping mapping : mappings) {
            if (!declared.contains(mapping.policy())) {
                missing.add(mapping.location() + ": escalation policy `" + mapping.policy()
                        + "` is not declared in the repository (declared: " + known + ")");
            }
        }
        return missing;
    }

    /** Mappings that match none of the names: usually a typo in the policy map. */
    public List<Mapping> unused(List<String> names) {
        return mappings.stream().filter(mapping -> names.stream().noneMatch(mapping::matches)).toList();
    }
}
