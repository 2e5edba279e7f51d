package io.pdgitops.load;

import io.pdgitops.model.DstHandOffs;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.model.Roster;
import io.pdgitops.roster.RosterCompilation;
import io.pdgitops.validate.OnCallMemo;
import io.pdgitops.validate.ViolationCode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What each file of the last revision read added to it, keyed by the file's path and content id (its Git blob id),
 * so a long-running process parses and checks again only the files that changed. A file's result depends on its
 * path, its bytes, the repository's settings and the loader's limits and schemas: the first two are the key, and a
 * load under other settings or another loader starts empty. Rules across files are not kept; they run on the
 * model every time.
 *
 * <p>The rosters the last load compiled are kept too, keyed by the whole roster as declared (every field after
 * {@code pd-gitops.yaml}'s defaults were applied, and its lines) and the hand-off rule the compiler checks against:
 * these are all a compilation reads, so a roster whose file or defaults changed is compiled again, and one in an
 * unchanged file is not. Compiling is the costliest step of a load whose files are mostly kept.
 *
 * <p>Only the files of the last load are kept, so memory follows the repository's size, not its history. A file
 * that could not be read (an I/O error, or pd-gitops failing on it) is never kept: that says nothing about its
 * content, and the next load tries it again.
 */
public final class FileLoadCache {

    private record Key(String path, String contentId) {
    }

    private record RosterKey(Roster roster, DstHandOffs rule) {
    }

    private ConfigLoader loader;
    private RepoSettings settings;
    private Map<Key, FileLoad> kept = Map.of();
    private Map<RosterKey, RosterCompilation> compiled = Map.of();
    private final OnCallMemo onCall = new OnCallMemo();
    private long filesParsed;
    private long rostersCompiled;

    /** Files parsed through this cache so far, a figure that only grows: a cached file costs none. */
    public synchronized long filesParsed() {
        return filesParsed;
    }

    /** Schedules and policies the on-call rules checked through this cache so far; kept findings cost none. */
    public long onCallChecks() {
        return onCall.checked();
    }

    /** Rosters compiled through this cache so far, a figure that only grows: a kept compilation costs none. */
    public synchronized long rostersCompiled() {
        return rostersCompiled;
    }

    /** One load's use of the cache: {@link #end()} makes its files the ones kept. */
    final class Round {
        private final ConfigLoader roundLoader;
        private final RepoSettings roundSettings;
        private final Map<String, String> contentIds;
        private final Map<Key, FileLoad> previous;
        private final Map<Key, FileLoad> current = new HashMap<>();
        private final Map<RosterKey, RosterCompilation> previousRosters;
        private final Map<RosterKey, RosterCompilation> currentRosters = new HashMap<>();
        private final OnCallMemo.Round onCallRound;

        private Round(ConfigLoader roundLoader, RepoSettings roundSettings, Map<String, String> contentIds,
                Map<Key, FileLoad> previous, Map<RosterKey, RosterCompilation> previousRosters) {
            this.roundLoader = roundLoader;
            this.roundSettings = roundSettings;
            this.contentIds = contentIds;
            this.previous = previous;
            this.previousRosters = previousRosters;
            this.onCallRound = onCall.start(roundSettings.dstHandOffs());
        }

        /** The on-call rules' findings of the last load, for the validation of this one. */
        OnCallMemo.Round onCall() {
            return onCallRound;
        }

        /** The file's result, from the cache when its content is known and was seen, else from {@code read}. */
        FileLoad load(String path, Supplier<FileLoad> read) {
            String id = contentIds.get(path);
            Key key = id == null ? null : new Key(path, id);
            FileLoad known = key == null ? null : previous.get(key);
            if (known == null) {
                known = read.get();
                counted();
            }
            if (key != null && keepable(known)) {
                current.put(key, known);
            }
            return known;
        }

        /**
         * The roster's compilation under {@code rule}, kept from the last load when it compiled the same roster
         * under the same rule, else from {@code compile}. A compilation that throws is not kept.
         */
        RosterCompilation compile(Roster roster, DstHandOffs rule, Function<Roster, RosterCompilation> compile) {
            RosterKey key = new RosterKey(roster, rule);
            RosterCompilation known = previousRosters.get(key);
            if (known == null) {
                known = compile.apply(roster);
                compiledOne();
            }
            currentRosters.put(key, known);
            return known;
        }

        void end() {
            synchronized (FileLoadCache.this) {
                loader = roundLoader;
                settings = roundSettings;
                kept = Map.copyOf(current);
                compiled = Map.copyOf(currentRosters);
            }
        }

        /** After validation: this load's on-call findings become the ones kept. */
        void endValidation() {
            onCallRound.end();
        }
    }

    synchronized Round start(ConfigLoader roundLoader, RepoSettings roundSettings, Map<String, String> contentIds) {
        boolean same = roundLoader == loader && roundSettings.equals(settings);
        return new Round(roundLoader, roundSettings, Map.copyOf(contentIds), same ? kept : Map.of(),
                same ? compiled : Map.of());
    }

    private synchronized void counted() {
        filesParsed++;
    }

    private synchronized void compiledOne() {
        rostersCompiled++;
    }

    private static boolean keepable(FileLoad load) {
        return load.violations().stream().noneMatch(v -> v.code() == ViolationCode.UNREADABLE_FILE);
    }
}
