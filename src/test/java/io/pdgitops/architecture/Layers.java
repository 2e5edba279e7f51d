package io.pdgitops.architecture;

import java.util.List;
import java.util.Optional;

/**
 * The layer picture of {@code docs/architecture.md}, as data: which top-level package under {@code io.pdgitops} is
 * core, adapter or edge. A new top-level package must be placed here before the architecture test passes, so nobody
 * adds one without deciding what it may use.
 */
final class Layers {

    static final String ROOT = "io.pdgitops";

    /** The pure core: decisions over data, no I/O, clock or framework. */
    static final List<String> CORE = List.of(
            "model", "load", "validate", "diff", "plan", "schedule", "roster", "oncall", "drift", "write");

    /** Adapters: talk to PagerDuty, Git, disk, HTTP and state, around the core. */
    static final List<String> ADAPTERS = List.of(
            "pagerduty", "sandbox", "source", "state", "webhook", "review", "live", "apply", "export", "imports",
            "reconcile", "check", "build", "leader", "report", "notify", "http");

    /** The edge: wiring and entry points (service, REST API, command line); the only place that may see all. */
    static final List<String> EDGE = List.of("service", "api", "dashboard", "cli");

    /** Frameworks and libraries with I/O the core must not see. */
    static final List<String> FRAMEWORKS = List.of(
            "io.quarkus", "jakarta", "javax.ws", "javax.inject", "io.vertx", "io.smallrye", "io.micrometer",
            "org.jboss", "okhttp3", "mockwebserver3", "org.eclipse.jgit", "picocli");

    /** Reading the wall clock; the core is handed the time instead. */
    static final List<String> CLOCK_CALLS = List.of(
            "Instant.now(", "Clock.systemUTC(", "Clock.systemDefaultZone(", "System.currentTimeMillis(",
            "System.nanoTime(", "LocalDate.now(", "LocalDateTime.now(", "OffsetDateTime.now(", "ZonedDateTime.now(");

    /** The file system. */
    static final List<String> FILE_SYSTEM = List.of("java.nio.file.Files", "java.nio.file.Paths", "java.io.File");

    /** The PagerDuty client and what it must never reach into. */
    static final String CLIENT = "pagerduty";
    static final String SANDBOX = "sandbox";

    private Layers() {
    }

    /** The top-level package a package belongs to, or empty for the root package. */
    static Optional<String> topLevel(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    static boolean isCore(String packageName) {
        return topLevel(packageName).filter(CORE::contains).isPresent();
    }

    static boolean isAdapter(String packageName) {
        return topLevel(packageName).filter(ADAPTERS::contains).isPresent();
    }

    static boolean isEdge(String packageName) {
        return topLevel(packageName).filter(EDGE::contains).isPresent();
    }

    static boolean isPlaced(String packageName) {
        return topLevel(packageName).isEmpty() || isCore(packageName) || isAdapter(packageName) || isEdge(packageName);
    }
}
