package io.pdgitops.imports.nagios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code nagios.cfg} and the object files it names: each {@code cfg_file}, and every {@code *.cfg} below
 * each {@code cfg_dir} (recursively, in name order, as Nagios reads them), and likewise the {@code include_file}
 * and {@code include_dir} lines of object files. Relative paths are relative to the folder of nagios.cfg. Every
 * file is decoded in one named encoding (UTF-8 unless told); a byte that is not valid in it is a problem at its
 * line. Only the files it names are read; nothing is written.
 */
public final class MainConfigReader {

    /** Far above any real object file; a larger one is a mistake (a log, a dump) that would only eat memory. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path base;
    private final Charset charset;
    private final List<NagiosProblem> problems;
    private final Set<Path> seen = new LinkedHashSet<>();
    private final List<NagiosSource> sources = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    private MainConfigReader(Path base, Charset charset, List<NagiosProblem> problems) {
        this.base = base;
        this.charset = charset;
        this.problems = problems;
    }

    /** The object files in the order Nagios reads them; problems (missing files, unreadable ones) are added. */
    public static List<NagiosSource> read(Path mainConfig, Charset charset, List<NagiosProblem> problems) {
        return read(mainConfig, charset, problems, new LinkedHashMap<>());
    }

    /** As above, and the other {@code key=value} settings of nagios.cfg (the last of a key wins) into {@code settings}. */
    static List<NagiosSource> read(Path mainConfig, Charset charset, List<NagiosProblem> problems,
            Map<String, String> settings) {
        Path absolute = mainConfig.toAbsolutePath().normalize();
        MainConfigReader reader = new MainConfigReader(absolute.getParent(), charset, problems);
        String label = absolute.getFileName().toString();
        reader.text(absolute, new NagiosLocation(label, 1), label).ifPresent(text -> reader.directives(label, text));
        settings.putAll(reader.settings);
        return reader.sources;
    }

    private void directives(String label, String text) {
        for (LogicalLines.Line line : LogicalLines.of(text)) {
            String content = ValueText.withoutComment(line.text()).strip();
            int equals = content.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = content.substring(0, equals).strip();
            String value = content.substring(equals + 1).strip();
            NagiosLocation at = new NagiosLocation(label, line.number());
            if (key.equals("cfg_file")) {
                objectFile(base.resolve(value).normalize(), at);
            } else if (key.equals("cfg_dir")) {
                objectDir(base.resolve(value).normalize(), at);
            } else {
                settings.put(key, value);
            }
        }
    }

    private void objectDir(Path dir, NagiosLocation at) {
        if (!Files.isDirectory(dir)) {
            problems.add(new NagiosProblem(at, "cfg_dir " + dir + " is not a directory"));
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".cfg") && Files.isRegularFile(file))
                    .sorted()
                    .forEach(file -> objectFile(file, at));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new NagiosProblem(at, "cannot list cfg_dir " + dir + ": " + e.getMessage()));
        }
    }

    private void objectFile(Path file, NagiosLocation at) {
        if (!seen.add(file)) {
            return;
        }
        String label = label(file);
        text(file, at, label).ifPresent(text -> {
            sources.add(new NagiosSource(label, text));
            includes(label, text);
        });
    }

    /** The include lines of an object file, read after it (their objects keep their own file and line). */
    private void includes(String label, String text) {
        for (LogicalLines.Line line : LogicalLines.of(text)) {
            String content = ValueText.withoutComment(line.text()).strip();
            if (content.startsWith("define") || content.isEmpty()) {
                continue;
            }
            IncludeDirective.of(content, new NagiosLocation(label, line.number())).ifPresent(include -> {
                Path path = base.resolve(include.path()).normalize();
                if (include.directory()) {
                    objectDir(path, include.location());
                } else {
                    objectFile(path, include.location());
                }
            });
        }
    }

    private Optional<String> text(Path file, NagiosLocation at, String label) {
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(new NagiosProblem(at, "no such file: " + file));
                return Optional.empty();
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new NagiosProblem(new NagiosLocation(label, 1),
                        "file is larger than " + MAX_FILE_BYTES + " bytes; not a Nagios object file"));
                return Optional.empty();
            }
            StrictText.Decoded decoded = StrictText.decode(Files.readAllBytes(file), charset, label);
            if (decoded.problem() != null) {
                problems.add(decoded.problem());
            }
            return Optional.ofNullable(decoded.text());
        } catch (IOException e) {
            problems.add(new NagiosProblem(at, "cannot read " + file + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private String label(Path file) {
        return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
