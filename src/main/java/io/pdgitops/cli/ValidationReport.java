package io.pdgitops.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.load.LoadResult;
import io.pdgitops.model.DisplayText;
import io.pdgitops.validate.Violation;

/** Renders a {@link LoadResult} for people ({@code text}), programs ({@code json}) or GitHub Actions ({@code github}). */
final class ValidationReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationReport() {
    }

    static String render(LoadResult result, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(result);
            case JSON -> json(result);
            case GITHUB -> github(result);
        };
    }

    /** "12 objects in 3 files: valid", "12 objects in 3 files: 2 errors" or "...: valid, 1 warning". */
    static String summary(LoadResult result) {
        long errors = result.errorCount();
        long warnings = result.violations().size() - errors;
        String counts = plural(result.documentCount(), "object") + " in " + plural(result.state().fileCount(), "file");
        return counts + ": " + (errors == 0 ? "valid" : plural(errors, "error"))
                + (warnings == 0 ? "" : ", " + plural(warnings, "warning"));
    }

    private static String text(LoadResult result) {
        StringBuilder out = new StringBuilder();
        // File names and quoted values come from the repository: one violation stays one line, without escape sequences.
        result.violations().forEach(violation -> out.append(DisplayText.escape(violation.format())).append('\n'));
        return out.append(summary(result)).append('\n').toString();
    }

    private static String github(LoadResult result) {
        StringBuilder out = new StringBuilder();
        for (Violation violation : result.violations()) {
            out.append("::").append(violation.severity().label())
                    .append(" file=").append(property(violation.location().file()))
                    .append(",line=").append(violation.location().line())
                    .append(",col=").append(violation.location().column())
                    .append(",title=").append(property(violation.code().id()))
                    .append("::").append(data(violation.message()))
                    .append('\n');
        }
        return out.append(summary(result)).append('\n').toString();
    }

    private static String json(LoadResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", result.isValid());
        root.put("objects", result.documentCount());
        root.put("files", result.state().fileCount());
        root.put("errors", result.errorCount());
        ArrayNode list = root.putArray("violations");
        for (Violation violation : result.violations()) {
            list.addObject()
                    .put("file", violation.location().file())
                    .put("line", violation.location().line())
                    .put("column", violation.location().column())
                    .put("severity", violation.severity().label())
                    .put("code", violation.code().id())
                    .put("message", violation.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** Escaping of workflow command messages (see GitHub's toolkit, command.ts). */
    static String data(String text) {
        // GitHub decodes %0A back into a line break; other controls (ESC, bidi overrides) would reach the log raw.
        return DisplayText.escape(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escaping of workflow command properties: also ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
