package io.pdgitops.cli;

import io.pdgitops.diff.LiveUserContacts;
import io.pdgitops.export.Export;
import io.pdgitops.export.ExportFilter;
import io.pdgitops.export.ExportReport;
import io.pdgitops.export.ExportedFile;
import io.pdgitops.export.Exporter;
import io.pdgitops.live.LiveRecords;
import io.pdgitops.live.LiveStateReader;
import io.pdgitops.live.LiveUserContactsReader;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.model.DisplayText;
import io.pdgitops.model.ObjectKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write what PagerDuty has as a configuration repository, changing nothing in PagerDuty.",
            "The folder gets one YAML file per object in a folder per kind, pd-gitops.yaml, the JSON Schemas, and "
                    + ExportReport.FILE_NAME + " listing every setting the format cannot express (also printed).",
            "Objects the selected ones reference are exported too.",
            "Exit codes: 0 ok, 1 the written repository does not validate, 3 error."
        })
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory to write; must be empty or new unless --force.")
    Path dir;

    @Option(names = "--team", paramLabel = "NAME",
            description = "Only this team, the schedules and escalation policies it owns, and the services of those "
                    + "escalation policies.")
    String team;

    @Option(names = "--kind", split = ",", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only these kinds: Team, Schedule, EscalationPolicy, Service, BusinessService, "
                    + "WebhookSubscription, MaintenanceWindow (repeat or separate by commas). MaintenanceWindow "
                    + "writes open windows without their services, naming them for a repository that declares them.")
    List<String> kinds = List.of();

    @Option(names = "--name-regex", paramLabel = "REGEX",
            description = "Only objects whose name contains a match of this Java regular expression.")
    Pattern nameRegex;

    @Option(names = "--users", description = "Also write a User document per user (contact methods, notification "
            + "and hand-off rules, tags) and manage_users: true; reads each user's hand-off rules, one call per user.")
    boolean users;

    @Option(names = "--force", description = "Write into a non-empty directory: files of the same path are replaced, "
            + "all other files are left as they are.")
    boolean force;

    @Mixin
    SandboxStateOption sandboxState;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!force && !ExportDirectory.isEmpty(dir)) {
            err.println("pd-gitops: " + dir + " is not an empty directory; choose a new one, or pass --force to "
                    + "write into it (files of the same path are replaced, others left alone)");
            err.flush();
            return ExitCodes.ERROR;
        }
        LiveRecords records;
        Map<String, LiveUserContacts> contacts = Map.of();
        String source;
        try (PagerDutyTarget target = sandboxState.target(spec, Path.of("."))) {
            LiveStateReader reader = new LiveStateReader(target.client());
            records = reader.withAllWebhooks(reader.withAllEventRules(reader.withAllBusinessServices(
                    reader.withWindows(reader.withAllTags(reader.fetch(teamName -> true, false, users), users)))));
            if (users) {
                contacts = LiveUserContactsReader.readAll(target.client(), records.users(),
                        LiveUserContactsReader.tagsIn(records));
            }
            source = target.description();
        }
        ExportFilter filter = filter();
        Export export = Exporter.export(records, contacts, Instant.now(), filter);
        ExportDirectory.write(dir, export);
        out.print(ExportReport.text(export));
        out.println("Written to " + dir + " from " + source + ".");
        ExportCheck check = ExportCheck.of(ConfigLoader.load(dir), filter.windows()
                ? export.files().stream().map(ExportedFile::path).collect(Collectors.toSet()) : Set.of());
        check.reported().forEach(violation -> err.println(DisplayText.escape(violation.format())));
        check.servicesDeclaredElsewhere().ifPresent(out::println);
        out.flush();
        err.flush();
        return check.valid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** No {@code --kind} is every object kind, with the windows of the services written. */
    private ExportFilter filter() {
        Set<ObjectKind> objectKinds = kinds.stream().map(ObjectKind::fromYamlName).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ObjectKind.class)));
        return new ExportFilter(kinds.isEmpty() ? EnumSet.allOf(ObjectKind.class) : objectKinds,
                kinds.contains(ExportFilter.MAINTENANCE_WINDOW), Optional.ofNullable(team), Optional.ofNullable(nameRegex));
    }

    /** A kind as documents spell it, whatever the case: an object kind or {@code MaintenanceWindow}. */
    static final class KindConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            List<String> known = Stream.concat(Arrays.stream(ObjectKind.values()).map(ObjectKind::yamlName),
                    Stream.of(ExportFilter.MAINTENANCE_WINDOW)).toList();
            return known.stream()
                    .filter(kind -> kind.equalsIgnoreCase(value.strip()))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown kind `" + value + "`; use one of "
                            + String.join(", ", known)));
        }
    }
}
