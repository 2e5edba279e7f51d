package io.pdgitops.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.load.FileLoadCache;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.Schedule;
import io.pdgitops.model.Target;
import io.pdgitops.source.GitCli;
import io.pdgitops.source.GitRemote;
import io.pdgitops.source.GitSource;
import io.pdgitops.source.SourceLimits;
import io.pdgitops.validate.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-running process loads each revision through one {@link FileLoadCache}: only the files whose Git blob
 * changed are parsed again and only the rosters whose declaration or settings changed are compiled again, both
 * counted by the cache, and what it returns is what a cold load of the revision returns.
 */
class IncrementalRevisionLoadTest {

    private static final Path EXAMPLE = Path.of("example-repo");
    private static final String CHANGED = "services/kaede-bank.yaml";
    private static final String ROSTER_FILE = "schedules/tokyo.yaml";

    @TempDir
    Path temp;

    private Path origin;
    private GitSource source;
    private final FileLoadCache cache = new FileLoadCache();

    @BeforeEach
    void setUp() throws IOException, InterruptedException {
        Assumptions.assumeTrue(GitCli.installed(), "git is not installed (Debian package git): skipping");
        origin = temp.resolve("origin");
        GitCli.run(temp, "init", "-q", "-b", "main", origin.toString());
        ConfigRepoServer.copyTree(EXAMPLE, origin);
        source = GitSource.open(GitRemote.of(origin.toString(), "main"), temp.resolve("data"), SourceLimits.DEFAULTS);
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void aRevisionWithOneChangedFileParsesThatFileAlone() throws Exception {
        LoadResult first = loadThroughCache(commit("Example repository"));
        assertThat(first.isValid()).isTrue();
        assertThat(cache.filesParsed()).as("a cold load parses every file").isEqualTo(first.state().fileCount());
        assertThat(first.state().fileCount()).isGreaterThan(1);

        edit(CHANGED, "description: Customer-facing", "description: Changed, customer-facing");
        String changed = commit("Change one service");
        long parsedBefore = cache.filesParsed();
        LoadResult second = loadThroughCache(changed);
        assertThat(second.isValid()).as("the edited revision is valid").isTrue();

        assertThat(cache.filesParsed() - parsedBefore).as("files parsed for a one-file change").isEqualTo(1);
        assertThat(second).isEqualTo(RevisionLoader.load(source, changed));
        assertThat(second.state().services()).isNotEqualTo(first.state().services());
    }

    @Test
    void aBrokenFileKeepsItsErrorAtItsLineAndItsFixIsParsedAgain() throws Exception {
        String good = commit("Example repository");
        LoadResult before = loadThroughCache(good);
        int line = lineOf(CHANGED, "acknowledgement_timeout: 15m");
        edit(CHANGED, "acknowledgement_timeout: 15m", "acknowledgement_timeout: [15m");
        String broken = commit("Break one service file");

        LoadResult invalid = loadThroughCache(broken);

        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid).isEqualTo(RevisionLoader.load(source, broken));
        assertThat(invalid.violations()).filteredOn(Violation::isError)
                .allSatisfy(error -> assertThat(error.location().file()).isEqualTo(CHANGED))
                .anySatisfy(error -> assertThat(error.location().line()).isGreaterThanOrEqualTo(line));
        edit(CHANGED, "acknowledgement_timeout: [15m", "acknowledgement_timeout: 15m");
        String fixed = commit("Fix it");
        long parsedBefore = cache.filesParsed();

        assertThat(loadThroughCache(fixed)).isEqualTo(before);
        assertThat(cache.filesParsed() - parsedBefore).as("only the fixed file is parsed again").isEqualTo(1);
    }

    @Test
    void otherSettingsParseEveryFileAgain() throws Exception {
        loadThroughCache(commit("Example repository"));
        edit("pd-gitops.yaml", "time_zone: Asia/Tokyo", "time_zone: Europe/Paris");
        String settings = commit("Other default time zone");
        long parsedBefore = cache.filesParsed();

        LoadResult loaded = loadThroughCache(settings);

        assertThat(cache.filesParsed() - parsedBefore).isEqualTo(loaded.state().fileCount());
        assertThat(loaded).isEqualTo(RevisionLoader.load(source, settings));
    }

    @Test
    void aRosterIsCompiledAgainOnlyWhenItsFileOrTheSettingsChange() throws Exception {
        LoadResult first = loadThroughCache(commit("Example repository"));
        int rosters = first.state().rosters().size();
        assertThat(rosters).as("the example declares rosters").isPositive();
        assertThat(cache.rostersCompiled()).as("a cold load compiles every roster").isEqualTo(rosters);

        edit(CHANGED, "description: Customer-facing", "description: Changed, customer-facing");
        LoadResult serviceChanged = loadThroughCache(commit("Change one service"));
        assertThat(cache.rostersCompiled()).as("no roster changed").isEqualTo(rosters);

        edit(ROSTER_FILE, "description: Tokyo days", "description: Changed, Tokyo days");
        String rosterChanged = commit("Change one roster");
        LoadResult changed = loadThroughCache(rosterChanged);
        assertThat(changed.isValid()).as("the edited revision is valid").isTrue();
        assertThat(cache.rostersCompiled() - rosters).as("rosters declared in the changed file")
                .isEqualTo(rostersIn(changed, ROSTER_FILE));
        assertThat(changed).isEqualTo(RevisionLoader.load(source, rosterChanged));
        assertThat(changed.state().schedules()).isNotEqualTo(serviceChanged.state().schedules());

        long compiledBefore = cache.rostersCompiled();
        edit("pd-gitops.yaml", "time_zone: Asia/Tokyo", "time_zone: Europe/Paris");
        String settings = commit("Other default time zone");
        LoadResult otherSettings = loadThroughCache(settings);
        assertThat(cache.rostersCompiled() - compiledBefore).as("settings are an input of every roster")
                .isEqualTo(otherSettings.state().rosters().size());
        assertThat(otherSettings).isEqualTo(RevisionLoader.load(source, settings));
    }

    @Test
    void onCallRulesRenderAgainOnlyTheSchedulesOfChangedFilesAndThePoliciesTargetingThem() throws Exception {
        LoadResult first = loadThroughCache(commit("Example repository"));
        int schedules = first.state().schedules().size();
        int policies = first.state().escalationPolicies().size();
        assertThat(cache.onCallChecks()).as("a cold load checks every schedule and policy")
                .isEqualTo(schedules + policies);

        edit(CHANGED, "description: Customer-facing", "description: Changed, customer-facing");
        loadThroughCache(commit("Change one service"));
        assertThat(cache.onCallChecks()).as("no schedule or policy changed").isEqualTo(schedules + policies);

        edit(ROSTER_FILE, "description: Tokyo days", "description: Changed, Tokyo days");
        String rosterChanged = commit("Change one roster");
        long before = cache.onCallChecks();
        LoadResult changed = loadThroughCache(rosterChanged);
        assertThat(changed.isValid()).as("the edited revision is valid").isTrue();
        Set<String> changedSchedules = changed.state().schedules().stream()
                .filter(schedule -> schedule.origin().location().file().equals(ROSTER_FILE))
                .map(Schedule::name)
                .collect(Collectors.toSet());
        long targeting = changed.state().escalationPolicies().stream()
                .filter(policy -> policy.rules().stream().flatMap(rule -> rule.targets().stream())
                        .anyMatch(target -> target.type() == Target.Type.SCHEDULE
                                && changedSchedules.contains(target.reference())))
                .count();
        assertThat(changedSchedules).as("the roster file declares schedules").isNotEmpty();
        assertThat(cache.onCallChecks() - before).as("schedules of the changed file and the policies targeting them")
                .isEqualTo(changedSchedules.size() + targeting);
        assertThat(changed).isEqualTo(RevisionLoader.load(source, rosterChanged));
    }

    private static long rostersIn(LoadResult loaded, String file) {
        return loaded.state().rosters().stream()
                .filter(roster -> roster.origin().location().file().equals(file))
                .count();
    }

    private LoadResult loadThroughCache(String revision) {
        return RevisionLoader.load(source, revision, cache);
    }

    private String commit(String message) throws IOException, InterruptedException {
        GitCli.run(origin, "add", "-A");
        GitCli.run(origin, "commit", "-q", "-m", message);
        return source.fetchTrackedBranch();
    }

    /** Replaces the first occurrence of {@code from}, which the file must hold. */
    private void edit(String file, String from, String to) throws IOException {
        Path path = origin.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line holding {@code text}. */
    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(origin.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " does not hold " + text);
    }
}
