package io.pdgitops.webhook;

/** The pushed head commit as the payload describes it. */
public record HeadCommit(String id, String authorName, String authorEmail, String message) {

    /** The message's first line, as history shows it. */
    public String subject() {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
