import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic, valid pd-gitops configuration repository of N services plus its sandbox seed.
 *
 * <p>Usage: {@code java bench/GenerateRepo.java N OUT_DIR [SEED]}. The same N and SEED always give
 * byte-identical output ({@link Random} is specified to be deterministic). Ratios follow the MSP the
 * product was designed for: one escalation policy per five services, one schedule per policy,
 * four policies per team, and at least 200 users.
 */
public class GenerateRepo {

    static final int SERVICES_PER_POLICY = 5;
    static final int POLICIES_PER_TEAM = 4;
    static final int MIN_USERS = 200;
    static final String ROOT_TEAM = "Operations";

    static final String[] FAMILY_NAMES = {"Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Yamamoto",
        "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi",
        "Shimizu", "Yamaguchi", "Mori"};
    static final String[] GIVEN_NAMES = {"Kenta", "Misaki", "Sho", "Hina", "Daisuke", "Yui", "Takumi", "Aya", "Ren",
        "Mao", "Yuto", "Aoi", "Haruto", "Sakura", "Riku", "Yuna", "Sota", "Mei", "Kaito", "Emi"};
    static final String[] TEAM_SITES = {"Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Sendai", "London", "Singapore"};
    static final String[] TEAM_ZONES = {"Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo", "Asia/Tokyo",
        "Asia/Tokyo", "Europe/London", "Asia/Singapore"};
    static final String[] CUSTOMERS = {"Kaede Bank", "Sakura Retail", "Minato Logistics", "Naniwa Clinic",
        "Hikari Insurance", "Aozora Travel", "Midori Foods", "Tsubasa Airlines", "Kawase Securities", "Yamato Energy"};
    static final String[] SYSTEMS = {"Web", "Payments", "DB", "Mail Relay", "VPN", "Backup", "API", "Batch",
        "File Server", "DNS", "Load Balancer", "Reporting"};
    static final String[] VENDORS = {"Datadog", "Zabbix", "Amazon CloudWatch"};
    static final String[] INTEGRATION_TYPES = {"nagios", "nagios", "nagios", "events_api_v2", "events_api_v2",
        "events_api_v2", "email", "email", "events_api_v1", "vendor"};

    record User(String name, String email, String timeZone, String role, String jobTitle) {}

    record Team(String name, String description, String parent, String timeZone, User manager, List<User> responders) {}

    private final int serviceCount;
    private final long seed;
    private final Random random;
    private final List<User> users = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final User headOfOperations;

    GenerateRepo(int serviceCount, long seed) {
        this.serviceCount = serviceCount;
        this.seed = seed;
        this.random = new Random(seed);
        int policies = policyCount();
        int siteTeams = Math.max(1, ceilDiv(policies, POLICIES_PER_TEAM));
        int userCount = Math.max(MIN_USERS, serviceCount / 5);
        for (int i = 0; i < userCount; i++) {
            users.add(newUser(i));
        }
        headOfOperations = users.get(0);
        teams.add(new Team(ROOT_TEAM, "All operations teams", null, "Asia/Tokyo", headOfOperations, List.of()));
        int perTeam = (userCount - 1) / siteTeams;
        for (int t = 0; t < siteTeams; t++) {
            List<User> block = users.subList(1 + t * perTeam, 1 + (t + 1) * perTeam);
            String site = TEAM_SITES[t % TEAM_SITES.length];
            String name = "Ops " + site + " " + (t + 1);
            teams.add(new Team(name, "Operations team " + (t + 1) + " in " + site, ROOT_TEAM,
                TEAM_ZONES[t % TEAM_ZONES.length], block.get(0), block.subList(1, block.size())));
        }
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: java bench/GenerateRepo.java N OUT_DIR [SEED]");
            System.exit(2);
        }
        try {
            int services = Integer.parseInt(args[0]);
            if (services < 1) {
                throw new NumberFormatException("N must be at least 1, got " + services);
            }
            long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
            Path out = Path.of(args[1]);
            requireEmptyOrMissing(out);
            new GenerateRepo(services, seed).writeTo(out);
            System.out.println("Wrote " + services + " services to " + out);
        } catch (NumberFormatException e) {
            System.err.println("Invalid number: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Cannot write the repository: " + e.getMessage());
            System.exit(3);
        }
    }

    static void requireEmptyOrMissing(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " exists and is not empty; give a new or empty directory");
                }
            }
        }
    }

    void writeTo(Path out) throws IOException {
        write(out.resolve("pd-gitops.yaml"), settings());
        write(out.resolve("teams/teams.yaml"), documents(teams.stream().map(this::team).toList()));
        for (int p = 0; p < policyCount(); p++) {
            String file = String.format("%04d.yaml", p + 1);
            write(out.resolve("schedules/" + file), header() + (isRoster(p) ? roster(p) : schedule(p)));
            write(out.resolve("escalation-policies/" + file), header() + escalationPolicy(p));
            write(out.resolve("services/" + customerSlug(p) + ".yaml"), documents(servicesOfPolicy(p)));
        }
        write(out.resolve("sandbox-seed.yaml"), sandboxSeed());
    }

    int policyCount() {
        return ceilDiv(serviceCount, SERVICES_PER_POLICY);
    }

    // ---- users and teams

    User newUser(int i) {
        String given = GIVEN_NAMES[i % GIVEN_NAMES.length];
        String family = FAMILY_NAMES[(i / GIVEN_NAMES.length) % FAMILY_NAMES.length];
        String email = String.format("%s.%s.%03d@example.com", given, family, i).toLowerCase();
        String role = i == 0 ? "owner" : random.nextInt(10) == 0 ? "limited_user" : "user";
        return new User(given + " " + family, email, "Asia/Tokyo", role, i == 0 ? "Head of Operations" : "Operations Engineer");
    }

    Team teamOfPolicy(int policy) {
        return teams.get(1 + policy / POLICIES_PER_TEAM % (teams.size() - 1));
    }

    String team(Team team) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: Team\nname: ").append(q(team.name())).append('\n');
        yaml.append("description: ").append(q(team.description())).append('\n');
        if (team.parent() != null) {
            yaml.append("parent: ").append(q(team.parent())).append('\n');
        }
        yaml.append("members:\n");
        yaml.append("  - {user: ").append(q(team.manager().email())).append(", role: manager}\n");
        for (User u : team.responders()) {
            yaml.append("  - {user: ").append(q(u.email())).append(", role: responder}\n");
        }
        return yaml.toString();
    }

    // ---- schedules: business hours, out of hours, and sometimes a weekend layer on top

    String schedule(int policy) {
        Team team = teamOfPolicy(policy);
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: Schedule\nname: ").append(q(scheduleName(policy))).append('\n');
        yaml.append("time_zone: ").append(team.timeZone()).append('\n');
        yaml.append("teams: [").append(q(team.name())).append("]\nlayers:\n");
        String start = layerStart(team.timeZone());
        yaml.append(layer("Business hours", start, random.nextBoolean() ? "1d" : "7d", pick(team, 3, 5)));
        yaml.append("    restrictions:\n");
        for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
            yaml.append("      - {type: weekly, start_day_of_week: ").append(day)
                .append(", start_time_of_day: \"09:00\", duration: 9h}\n");
        }
        yaml.append(layer("Out of hours", start, "7d", pick(team, 2, 4)));
        yaml.append("    restrictions: [{type: daily, start_time_of_day: \"18:00\", duration: 15h}]\n");
        if (random.nextBoolean()) {
            yaml.append(layer("Weekend", start, "7d", pick(team, 2, 3)));
            yaml.append("    restrictions: [{type: weekly, start_day_of_week: sat, start_time_of_day: \"09:00\", duration: 48h}]\n");
        }
        return yaml.toString();
    }

    // ---- rosters: every fourth schedule is a round-the-clock roster with two days off a week per person

    static final int ROSTER_EVERY = 4;
    static final int ROSTER_MEMBERS = 6;
    static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    static boolean isRoster(int policy) {
        return policy % ROSTER_EVERY == ROSTER_EVERY - 1;
    }

    /**
     * Day and night shifts staffed by six people whose two consecutive days off are staggered through the week,
     * so at most two are off on any day and an assignment always exists. Members come from the whole company
     * (teams of large generated accounts are smaller than a roster), chosen by the policy number alone.
     */
    String roster(int policy) {
        Team team = teamOfPolicy(policy);
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: Roster\nname: ").append(q(scheduleName(policy))).append('\n');
        yaml.append("time_zone: ").append(team.timeZone()).append('\n');
        yaml.append("teams: [").append(q(team.name())).append("]\n");
        yaml.append("start: \"2026-01-05\"\nrotation: daily\nshifts:\n");
        yaml.append("  - {name: Day, start: \"09:00\", end: \"21:00\"}\n");
        yaml.append("  - {name: Night, start: \"21:00\", end: \"09:00\"}\nmembers:\n");
        for (int m = 0; m < ROSTER_MEMBERS; m++) {
            User user = users.get(1 + (policy * ROSTER_MEMBERS + m) % (users.size() - 1));
            yaml.append("  - {user: ").append(q(user.email())).append(", days_off: [").append(DAYS[m % 7])
                .append(", ").append(DAYS[(m + 1) % 7]).append("]}\n");
        }
        yaml.append("coverage: 24x7\n");
        return yaml.toString();
    }

    static String layer(String name, String start, String turn, List<User> members) {
        return "  - name: " + q(name) + "\n    start: " + start + "\n    rotation_turn_length: " + turn
            + "\n    users: [" + String.join(", ", members.stream().map(u -> q(u.email())).toList()) + "]\n";
    }

    static String layerStart(String timeZone) {
        ZonedDateTime monday = ZonedDateTime.of(LocalDateTime.of(2026, 1, 5, 9, 0), ZoneId.of(timeZone));
        return monday.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Between min and max distinct responders of the team, in rotation order. */
    List<User> pick(Team team, int min, int max) {
        int wanted = Math.min(team.responders().size(), min + random.nextInt(max - min + 1));
        Set<User> picked = new LinkedHashSet<>();
        while (picked.size() < wanted) {
            picked.add(team.responders().get(random.nextInt(team.responders().size())));
        }
        return List.copyOf(picked);
    }

    // ---- escalation policies: on-call engineer, then the team manager, then the head of operations

    String escalationPolicy(int policy) {
        Team team = teamOfPolicy(policy);
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: EscalationPolicy\nname: ").append(q(policyName(policy))).append('\n');
        yaml.append("num_loops: ").append(random.nextInt(3)).append('\n');
        yaml.append("teams: [").append(q(team.name())).append("]\nrules:\n");
        yaml.append("  - escalation_delay: ").append(5 * (1 + random.nextInt(6))).append("m\n");
        yaml.append("    targets: [{schedule: ").append(q(scheduleName(policy))).append("}]\n");
        yaml.append("  - escalation_delay: 30m\n");
        yaml.append("    targets: [{user: ").append(q(team.manager().email())).append("}]\n");
        yaml.append("  - escalation_delay: 1h\n");
        yaml.append("    targets: [{user: ").append(q(headOfOperations.email())).append("}]\n");
        return yaml.toString();
    }

    // ---- services

    List<String> servicesOfPolicy(int policy) {
        List<String> services = new ArrayList<>();
        int first = policy * SERVICES_PER_POLICY;
        for (int s = first; s < Math.min(serviceCount, first + SERVICES_PER_POLICY); s++) {
            services.add(service(s, policy));
        }
        return services;
    }

    String service(int index, int policy) {
        String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
        StringBuilder yaml = new StringBuilder();
        yaml.append("kind: Service\nname: ").append(q(customer(policy) + " " + system + " " + (index + 1))).append('\n');
        yaml.append("description: ").append(q(system + " of " + customer(policy))).append('\n');
        yaml.append("escalation_policy: ").append(q(policyName(policy))).append('\n');
        yaml.append("auto_resolve_timeout: ").append(random.nextInt(10) == 0 ? "null" : "4h").append('\n');
        yaml.append("acknowledgement_timeout: 30m\n");
        if (random.nextInt(10) < 3) {
            yaml.append("incident_urgency_rule:\n  type: use_support_hours\n");
            yaml.append("  during_support_hours: {type: constant, urgency: high}\n");
            yaml.append("  outside_support_hours: {type: constant, urgency: low}\n");
            yaml.append("support_hours: {time_zone: ").append(teamOfPolicy(policy).timeZone())
                .append(", days_of_week: [mon, tue, wed, thu, fri], start_time: \"09:00\", end_time: \"18:00\"}\n");
        } else {
            yaml.append("incident_urgency_rule: {type: constant, urgency: ").append(random.nextBoolean() ? "high" : "low").append("}\n");
        }
        yaml.append("integrations:\n");
        Set<String> names = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            yaml.append(integration(index, INTEGRATION_TYPES[random.nextInt(INTEGRATION_TYPES.length)], names));
        }
        return yaml.toString();
    }

    String integration(int service, String type, Set<String> namesInService) {
        String vendor = type.equals("vendor") ? VENDORS[random.nextInt(VENDORS.length)] : null;
        String base = vendor != null ? vendor : switch (type) {
            case "nagios" -> "Nagios";
            case "events_api_v2" -> "Events API v2";
            case "events_api_v1" -> "Events API v1";
            default -> "Alert mail";
        };
        String name = base;
        for (int n = 2; !namesInService.add(name); n++) {
            name = base + " " + n;
        }
        StringBuilder yaml = new StringBuilder("  - name: " + q(name) + "\n    type: " + type + "\n");
        if (vendor != null) {
            yaml.append("    vendor: ").append(q(vendor)).append('\n');
        }
        if (type.equals("email")) {
            yaml.append("    integration_email: ").append(String.format("svc-%05d-%d@bench.pagerduty.com", service + 1,
                namesInService.size())).append('\n');
            if (random.nextBoolean()) {
                yaml.append("    email_incident_creation: use_rules\n    email_filter_mode: or-rules-email\n");
                yaml.append("    email_filters:\n      - {subject_mode: match, subject_regex: ")
                    .append(q("^(CRITICAL|DOWN)\\b")).append(", body_mode: always, from_email_mode: always}\n");
            }
        }
        return yaml.toString();
    }

    // ---- names

    static String scheduleName(int policy) {
        return "On-call " + (policy + 1);
    }

    static String policyName(int policy) {
        return "Escalation " + (policy + 1);
    }

    static String customer(int policy) {
        return CUSTOMERS[policy % CUSTOMERS.length] + " " + (policy / CUSTOMERS.length + 1);
    }

    static String customerSlug(int policy) {
        return customer(policy).toLowerCase().replace(' ', '-');
    }

    // ---- repository settings and sandbox seed

    String settings() {
        return header() + """
            include: ["teams/**/*.yaml", "schedules/**/*.yaml", "escalation-policies/**/*.yaml", "services/**/*.yaml"]
            sync: {prune: true, self_heal: false, max_deletions: 50}
            defaults: {time_zone: Asia/Tokyo}
            ignore_differences:
              - {kind: Service, fields: [status]}
            """;
    }

    String sandboxSeed() {
        StringBuilder yaml = new StringBuilder(header()).append("users:\n");
        for (User u : users) {
            yaml.append("  - {name: ").append(q(u.name())).append(", email: ").append(q(u.email()))
                .append(", time_zone: ").append(u.timeZone()).append(", role: ").append(u.role())
                .append(", job_title: ").append(q(u.jobTitle())).append("}\n");
        }
        yaml.append("teams:\n");
        for (Team t : teams) {
            yaml.append("  - name: ").append(q(t.name())).append("\n    description: ").append(q(t.description()))
                .append("\n    members:\n      - {email: ").append(q(t.manager().email())).append(", role: manager}\n");
            for (User u : t.responders()) {
                yaml.append("      - {email: ").append(q(u.email())).append(", role: responder}\n");
            }
        }
        return yaml.toString();
    }

    String header() {
        return "# Generated by bench/GenerateRepo.java (" + serviceCount + " services, seed " + seed + "); do not edit.\n";
    }

    String documents(List<String> docs) {
        return header() + String.join("---\n", docs);
    }

    static String q(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
