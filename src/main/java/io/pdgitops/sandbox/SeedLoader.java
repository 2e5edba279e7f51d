package io.pdgitops.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a seed file: {@code users: [{name, email, time_zone, role, job_title}]} and
 * {@code teams: [{name, description, members: [{email, role}]}]}.
 */
public final class SeedLoader {

    private SeedLoader() {
    }

    public static Seed load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses seed YAML; {@code source} names the file in error messages. */
    public static Seed parse(String yaml, String source) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return Seed.EMPTY;
        }
        Map<?, ?> top = map(root, source, "the top level");
        List<Seed.User> users = new ArrayList<>();
        List<?> userList = list(top.get("users"), source, "users");
        for (int i = 0; i < userList.size(); i++) {
            String where = "users[" + i + "]";
            Map<?, ?> user = map(userList.get(i), source, where);
            users.add(new Seed.User(required(user, "name", source, where), required(user, "email", source, where),
                    optional(user, "time_zone", "Etc/UTC"), optional(user, "role", "user"), optional(user, "job_title", null)));
        }
        List<Seed.Team> teams = new ArrayList<>();
        List<?> teamList = list(top.get("teams"), source, "teams");
        for (int i = 0; i < teamList.size(); i++) {
            String where = "teams[" + i + "]";
            Map<?, ?> team = map(teamList.get(i), source, where);
            List<Seed.Member> members = new ArrayList<>();
            List<?> memberList = list(team.get("members"), source, where + ".members");
            for (int j = 0; j < memberList.size(); j++) {
                String memberWhere = where + ".members[" + j + "]";
                Map<?, ?> member = map(memberList.get(j), source, memberWhere);
                members.add(new Seed.Member(required(member, "email", source, memberWhere), optional(member, "role", "responder")));
            }
            teams.add(new Seed.Team(required(team, "name", source, where), optional(team, "description", null), members));
        }
        return new Seed(users, teams);
    }

    private static Map<?, ?> map(Object value, String source, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(source + ": " + where + " must be a mapping");
    }

    private static List<?> list(Object value, String source, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(source + ": " + where + " must be a list");
    }

    private static String required(Map<?, ?> map, String key, String source, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(source + ": " + where + "." + key + " is missing");
        }
        return value.toString();
    }

    private static String optional(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString();
    }
}
