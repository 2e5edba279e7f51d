package io.pdgitops.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.live.AccountCache;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.FileLoadCache;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.plan.PlanStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running process keeps, between syncs, the model of each kept service record and the differences of each
 * service: a sync compares again only the services whose file changed or whose record PagerDuty's audit trail had
 * read again, and plans what a process without anything kept plans.
 */
class KeptComparisonsTest {

    private static final int SERVICES = 40;

    @TempDir
    Path dir;

    private final FileLoadCache files = new FileLoadCache();

    @Test
    void onlyTheServicesOfAChangedFileOrARereadRecordAreComparedAgain() throws Exception {
        Path repo = dir.resolve("repo");
        GeneratedAccount generated = GeneratedAccount.of(SERVICES, repo);
        SandboxAccount account = generated.account();
        assertThat(account.apply(generated.desired()).succeeded()).isTrue();
        AccountCache cache = new AccountCache(Duration.ofHours(1));
        Reconciler reconciler = account.reconciler().withAccountCache(cache);
        DesiredState first = load(repo);
        assertThat(plan(reconciler, first).plan().steps()).as("the first read is whole and matches").isEmpty();
        assertThat(cache.serviceDiffs().compared()).as("a first diff compares every service")
                .isEqualTo(first.services().size());
        assertThat(cache.serviceMappings().mapped()).as("a first read maps every service")
                .isGreaterThanOrEqualTo(first.services().size());

        String changedFile = changeFirstServiceFile(repo);
        DesiredState changed = load(repo);
        long inChangedFile = changed.services().stream()
                .filter(service -> service.origin().file().equals(changedFile)).count();
        long comparedBefore = cache.serviceDiffs().compared();
        long mappedBefore = cache.serviceMappings().mapped();
        Reconciler.Planned planned = plan(reconciler, changed);

        assertThat(inChangedFile).isPositive();
        assertThat(cache.lastRefresh()).contains(AccountCache.Refresh.AUDIT);
        assertThat(cache.serviceDiffs().compared() - comparedBefore).as("services declared in %s", changedFile)
                .isEqualTo(inChangedFile);
        assertThat(cache.serviceMappings().mapped() - mappedBefore).as("no record was read again").isZero();
        assertThat(steps(planned)).as("what a process that kept nothing plans")
                .isEqualTo(steps(plan(account.reconciler(), SandboxAccount.load(repo))))
                .isNotEmpty();

        assertThat(reconciler.apply(planned, outcome -> { }).succeeded()).isTrue();
        long written = planned.plan().steps().size();
        comparedBefore = cache.serviceDiffs().compared();
        mappedBefore = cache.serviceMappings().mapped();
        Reconciler.Planned after = plan(reconciler, changed);

        assertThat(after.plan().steps()).as("the sync converged").isEmpty();
        assertThat(cache.serviceMappings().mapped() - mappedBefore).as("the written services' new records")
                .isEqualTo(written);
        assertThat(cache.serviceDiffs().compared() - comparedBefore).as("the written services, compared again")
                .isEqualTo(written);
    }

    private DesiredState load(Path repo) throws IOException {
        LoadResult result = ConfigLoader.defaults().read(repo, List.of(), contentIds(repo), files);
        assertThat(result.isValid()).as("%s", result.violations()).isTrue();
        return result.state();
    }

    /** A content id per file, as Git's blob ids are to the service: the same bytes, the same id. */
    private static Map<String, String> contentIds(Path repo) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        try (Stream<Path> all = Files.walk(repo)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                ids.put(repo.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return ids;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prefixes every description of the first service file, and returns that file relative to {@code repo}. */
    private static String changeFirstServiceFile(Path repo) throws IOException {
        Path file;
        try (Stream<Path> services = Files.list(repo.resolve("services"))) {
            file = services.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        assertThat(text).contains("description: \"");
        Files.writeString(file, text.replace("description: \"", "description: \"Changed, "));
        return repo.relativize(file).toString().replace('\\', '/');
    }

    private static Reconciler.Planned plan(Reconciler reconciler, DesiredState desired) {
        return reconciler.plan(desired, Inventory.none(), PlanOptions.from(desired.settings().sync(), false));
    }

    private static List<String> steps(Reconciler.Planned planned) {
        return planned.plan().steps().stream().map(PlanStep::toString).toList();
    }
}
