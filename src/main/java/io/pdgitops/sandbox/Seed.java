package io.pdgitops.sandbox;

import java.util.List;

/** The users and teams a sandbox starts with (users are referenced by pd-gitops, never managed). */
public record Seed(List<User> users, List<Team> teams) {

    public static final Seed EMPTY = new Seed(List.of(), List.of());

    public Seed {
        users = List.copyOf(users);
        teams = List.copyOf(teams);
    }

    public record User(String name, String email, String timeZone, String role, String jobTitle) {
    }

    public record Team(String name, String description, List<Member> members) {
        public Team {
            members = List.copyOf(members);
        }
    }

    public record Member(String email, String role) {
    }
}
