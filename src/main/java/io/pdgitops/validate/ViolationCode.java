package io.pdgitops.validate;

/**
 * Every problem pd-gitops reports about a configuration repository, one code per rule. The codes
 * are a stable interface (CI scripts grep for them): add new ones, never rename or reuse old ones.
 */
public enum ViolationCode {
    // Reading files
    FILE_TOO_LARGE("file-too-large", "The file is larger than the size limit (default 1 MiB)."),
    BINARY_FILE("binary-file", "The file contains NUL bytes, so it is not a text file."),
    INVALID_UTF8("invalid-utf8", "The file is not valid UTF-8."),
    UNREADABLE_FILE("unreadable-file", "The file could not be read (I/O error, broken symbolic link), or pd-gitops failed on it."),
    SYMLINK_ESCAPES_REPO("symlink-escapes-repo", "A symbolic link points outside the repository."),
    TOO_MANY_FILES("too-many-files", "The configuration folder holds more files than the limit (default 20,000)."),
    UNSUPPORTED_ENCODING("unsupported-encoding", "The file is text in another encoding than UTF-8 (UTF-16, UTF-32); the message names it."),

    // Parsing YAML
    YAML_SYNTAX("yaml-syntax", "The file is not well-formed YAML."),
    TAB_INDENTATION("tab-indentation", "A tab is used for indentation; YAML allows only spaces."),
    DUPLICATE_KEY("duplicate-key", "A mapping has the same key twice."),
    TOO_MANY_ALIASES("too-many-aliases", "Aliases are used too often or expand to too much data."),
    NESTING_TOO_DEEP("nesting-too-deep", "Mappings and lists are nested deeper than the limit."),
    UNSUPPORTED_YAML("unsupported-yaml", "A YAML feature pd-gitops does not accept: merge keys, complex keys, custom tags, recursive aliases."),
    NOT_A_MAPPING("not-a-mapping", "A document is not a mapping of fields."),

    // Schema
    UNKNOWN_KIND("unknown-kind", "kind is not Service, EscalationPolicy, Schedule, Roster, Team, MaintenanceWindow, BusinessService, WebhookSubscription or User."),
    UNKNOWN_FIELD("unknown-field", "A field the schema does not define (often a typo)."),
    MISSING_FIELD("missing-field", "A required field is missing."),
    FORBIDDEN_FIELD("forbidden-field", "A field is not allowed in this combination (e.g. vendor without type: vendor)."),
    WRONG_TYPE("wrong-type", "A value has the wrong type (e.g. a list where a string belongs)."),
    INVALID_VALUE("invalid-value", "A value is not one of the allowed values."),
    INVALID_FORMAT("invalid-format", "A value does not have the expected form (duration, email, time of day, date-time)."),
    OUT_OF_RANGE("out-of-range", "A number or text length is outside its allowed range."),
    TOO_FEW_ITEMS("too-few-items", "A list has fewer items than required (e.g. a rule without targets)."),
    TOO_MANY_ITEMS("too-many-items", "A list has more items than allowed (e.g. more than 10 targets)."),
    DUPLICATE_ITEM("duplicate-item", "A list that must hold distinct items repeats one."),
    SCHEMA_VIOLATION("schema-violation", "Any other schema rule is broken."),

    // Values and references
    INVALID_DATE_TIME("invalid-date-time", "A date-time has the right form but is not a real instant (e.g. month 13)."),
    INVALID_DURATION("invalid-duration", "A duration is too large to represent."),
    UNKNOWN_TIME_ZONE("unknown-time-zone", "A time zone is not an IANA time zone name."),
    MISSING_TIME_ZONE("missing-time-zone", "A schedule has no time_zone and pd-gitops.yaml sets no defaults.time_zone."),
    DUPLICATE_NAME("duplicate-name", "Two objects of one kind have the same name."),
    DANGLING_REFERENCE("dangling-reference", "A reference names an object that is not declared."),
    DUPLICATE_INTEGRATION("duplicate-integration", "Two integrations of one service have the same name."),
    INVALID_ESCALATION_DELAY("invalid-escalation-delay", "An escalation delay is under 1 minute or not whole minutes."),
    ROTATION_LENGTH_OUT_OF_RANGE("rotation-length-out-of-range", "A rotation turn is shorter than 1h or longer than 365d."),
    LAYER_ENDS_BEFORE_START("layer-ends-before-start", "A layer's end is not after its start."),
    LAYER_TIME_HAS_SECONDS("layer-time-has-seconds", "A layer's rotation_virtual_start or end is not on a whole minute."),
    LAYER_TIME_OUT_OF_RANGE("layer-time-out-of-range", "A layer's start, rotation_virtual_start or end is outside the years 1900 to 2199 (UTC)."),
    INVALID_RESTRICTION_DURATION("invalid-restriction-duration", "A restriction lasts 0, or 24h or more (daily), or 7d or more (weekly)."),
    TEAM_PARENT_CYCLE("team-parent-cycle", "Teams are their own ancestors through parent."),
    DUPLICATE_TAG("duplicate-tag", "A tags list names one label twice, ignoring case (PagerDuty matches labels without case)."),
    CONFLICTING_USER_TAGS("conflicting-user-tags", "Two memberships of one user declare different tags, or a membership declares tags of a user whose User document does; a user has one set of tags, declared in one place."),
    WINDOW_ENDS_BEFORE_START("window-ends-before-start", "A maintenance window's end is not after its start."),
    DUPLICATE_HEADER("duplicate-header", "A webhook subscription names one custom header twice, ignoring case (HTTP header names have no case)."),
    WINDOW_OVERLAPS_NEXT("window-overlaps-next", "A weekly maintenance window lasts 0, or longer than the time to its next start."),

    USERS_NOT_MANAGED("users-not-managed", "A User document in a repository whose pd-gitops.yaml does not set manage_users: true."),
    DUPLICATE_CONTACT_LABEL("duplicate-contact-label", "Two contact methods of one user have the same label; rules name them by label."),
    INVALID_PHONE_NUMBER("invalid-phone-number", "A phone or SMS address is not +<country code> <number> (country code 1 to 3 digits, 4 to 15 digits in all)."),
    DELAY_NOT_WHOLE_MINUTES("delay-not-whole-minutes", "A notification rule's after or a hand-off notice's advance is not a whole number of minutes."),

    // Rosters
    ROSTER_SHIFTS_OVERLAP("roster-shifts-overlap", "Two shifts of a roster overlap in the day."),
    ROSTER_UNKNOWN_SHIFT("roster-unknown-shift", "A roster member's shift names no shift of the roster."),
    ROSTER_DUPLICATE_MEMBER("roster-duplicate-member", "A roster lists one user twice."),
    ROSTER_INFEASIBLE("roster-infeasible", "No assignment of a roster's shifts respects every day off, shift and limit."),
    ROSTER_SHIFT_ACROSS_DST("roster-shift-across-dst", "A roster shift of more than 22 hours in a zone with daylight saving cannot keep its hours under both readings of PagerDuty's hand-offs across a change."),

    // On-call coverage
    COVERAGE_GAP("coverage-gap", "A schedule leaves hours its coverage rule asks for without anyone on call."),
    RULE_REACHES_NOBODY("rule-reaches-nobody", "Warning: an escalation rule notifies nobody at some time, as every schedule it targets has a gap then.");

    private final String id;
    private final String summary;

    ViolationCode(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The code as printed, like {@code unknown-field}. */
    public String id() {
        return id;
    }

    /** One line that says what the rule is. */
    public String summary() {
        return summary;
    }
}
