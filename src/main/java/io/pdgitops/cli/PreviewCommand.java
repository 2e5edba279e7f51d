package io.pdgitops.cli;

import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Schedule;
import io.pdgitops.oncall.EscalationChain;
import io.pdgitops.oncall.EscalationChains;
import io.pdgitops.oncall.SchedulePreview;
import io.pdgitops.oncall.TimeRange;
import io.pdgitops.oncall.render.EscalationJsonRenderer;
import io.pdgitops.oncall.render.EscalationTextRenderer;
import io.pdgitops.oncall.render.PreviewIcsRenderer;
import io.pdgitops.oncall.render.PreviewJsonRenderer;
import io.pdgitops.oncall.render.PreviewMarkdownRenderer;
import io.pdgitops.oncall.render.PreviewTextRenderer;
import io.pdgitops.plan.Inventory;
import io.pdgitops.plan.PlanOptions;
import io.pdgitops.reconcile.Reconciler;
import io.pdgitops.model.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Show who is on call when, for a schedule or for the escalation policy of a service.",
            "With --schedule: the schedule's shifts, coverage and gaps; with --service: whom the service's "
                    + "escalation policy reaches at an instant.",
            "A schedule is shown as apply sends it, with rotation positions settled against PagerDuty "
                    + "(PAGERDUTY_TOKEN) or a sandbox state file as plan and drift do; --offline renders the YAML as "
                    + "written.",
            "Exit codes: 0 ok, 1 invalid config, 3 error (unknown schedule or service, bad option)."
        })
public final class PreviewCommand implements Callable<Integer> {

    /** Longest preview: the renderer's own limit is five years, a year is plenty for people. */
    static final int MAX_DAYS = 366;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = DefaultFolder.HELP)
    Path dir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--schedule", paramLabel = "NAME", description = "The schedule to preview.")
        String schedule;

        @Option(names = "--service", paramLabel = "NAME",
                description = "The service whose escalation chain to show at --at.")
        String service;
    }

    @Option(names = "--from", paramLabel = "DATE",
            description = "Start of the preview: a date, a local date-time (in the schedule's time zone) or a "
                    + "date-time with an offset. Default: now.")
    String from;

    @Option(names = "--days", defaultValue = "14", paramLabel = "N",
            description = "Length of the preview in days (1.." + MAX_DAYS + "). Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--at", paramLabel = "TIME",
            description = "With --service: when the incident opens; a date-time with an offset, or a date or local "
                    + "date-time read in defaults.time_zone of pd-gitops.yaml (else UTC). Default: now.")
    String at;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = PreviewFormat.Converter.class,
            description = "Output: text, markdown, json or ics (iCalendar; schedules only). Default: ${DEFAULT-VALUE}.")
    PreviewFormat format;

    @Option(names = "--offline", description = "Render the YAML as written; read neither PagerDuty nor the sandbox.")
    boolean offline;

    @Mixin
    SandboxStateOption sandboxState;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        dir = DefaultFolder.orDefault(dir, spec);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        LoadResult loaded = ConfigLoader.load(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (!loaded.isValid()) {
            out.print(ValidationReport.render(loaded, format == PreviewFormat.JSON ? ReportFormat.JSON : ReportFormat.TEXT));
            out.flush();
            return ExitCodes.INVALID;
        }
        out.print(subject.schedule != null ? schedule(loaded.state()) : escalation(loaded.state()));
        out.flush();
        return ExitCodes.OK;
    }

    private String schedule(DesiredState state) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be between 1 and " + MAX_DAYS + ", not " + days);
        }
        Schedule schedule = state.schedule(subject.schedule).orElseThrow(() -> new IllegalArgumentException(
                "no schedule named `" + subject.schedule + "` in " + dir + Suggestions.hint(subject.schedule,
                        state.schedules().stream().map(Schedule::name).toList())));
        Instant start = from == null ? clock.instant() : TimeArgument.parse("--from", from, schedule.timeZone());
        SchedulePreview preview = SchedulePreview.of(settled(state).schedule(schedule.name()).orElse(schedule),
                TimeRange.days(start, days, schedule.timeZone()), state.settings().dstHandOffs());
        return switch (format) {
            case TEXT -> new PreviewTextRenderer().render(preview);
            case MARKDOWN -> new PreviewMarkdownRenderer().render(preview);
            case JSON -> new PreviewJsonRenderer().render(preview);
            case ICS -> new PreviewIcsRenderer().render(preview, clock.instant());
        };
    }

    /**
     * The state as apply would send it now: positions kept against PagerDuty's layers. Without a token and without
     * a sandbox state file nothing was ever applied from here, so the YAML as written is what apply would send.
     */
    private DesiredState settled(DesiredState state) {
        boolean reachable = sandboxState.reachable(spec);
        if (offline || !reachable) {
            return state;
        }
        try (PagerDutyTarget target = sandboxState.target(spec, dir)) {
            return new Reconciler(target.client(), clock)
                    .plan(state, Inventory.none(), PlanOptions.from(state.settings().sync(), false)).desired();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String escalation(DesiredState state) {
        ZoneId zone = state.settings().defaultTimeZone().orElse(ZoneOffset.UTC);
        Instant instant = at == null ? clock.instant() : TimeArgument.parse("--at", at, zone);
        EscalationChain chain = EscalationChains.at(state, subject.service, instant);
        return switch (format) {
            case TEXT -> new EscalationTextRenderer().render(chain);
            case MARKDOWN -> "```text\n" + new EscalationTextRenderer().render(chain) + "```\n";
            case JSON -> new EscalationJsonRenderer().render(chain);
            case ICS -> throw new IllegalArgumentException("--format ics is for schedules; use text, markdown or json with --service");
        };
    }
}
