package io.pdgitops.imports.sensu;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads what {@code sensuctl dump} writes: YAML documents separated by {@code ---} ({@code --format yaml}), or
 * JSON objects one after the other ({@code --format wrapped-json}, also a JSON array of them). Each resource must
 * have a {@code type}, {@code metadata.name} and a {@code spec}; anything else is a problem at its line.
 */
public final class SensuDump {

    /** Generous: the largest dumps are of thousands of resources, not millions. */
    private static final LoadSettings YAML = LoadSettings.builder().setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(50).setCodePointLimit(64 * 1024 * 1024).build();

    private SensuDump() {
    }

    public static List<SensuResource> parse(String file, String text) throws SensuDumpException {
        List<SensuProblem> problems = new ArrayList<>();
        List<SensuResource> resources = new ArrayList<>();
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            json(file, text, resources, problems);
        } else {
            yaml(file, text, resources, problems);
        }
        if (!problems.isEmpty()) {
            throw new SensuDumpException(problems);
        }
        return resources;
    }

    private static void yaml(String file, String text, List<SensuResource> resources, List<SensuProblem> problems) {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder document = new StringBuilder();
        int startLine = 1;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length || lines[i].startsWith("---");
            if (!end) {
                document.append(lines[i]).append('\n');
                continue;
            }
            if (!document.toString().isBlank()) {
                try {
                    resource(file, startLine, new Load(YAML).loadFromString(document.toString()), resources,
                            problems);
                } catch (YamlEngineException e) {
                    problems.add(new SensuProblem(file, startLine, "not valid YAML: "
                            + e.getMessage().lines().findFirst().orElse("")));
                }
            }
            document.setLength(0);
            startLine = i + 2;
        }
    }

    private static void json(String file, String text, List<SensuResource> resources, List<SensuProblem> problems) {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonToken token = parser.nextToken();
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                resource(file, line, mapper.readValue(parser, Object.class), resources, problems);
                token = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            problems.add(new SensuProblem(file, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new SensuProblem(file, 1, "cannot read: " + e.getMessage()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void resource(String file, int line, Object value, List<SensuResource> resources,
            List<SensuProblem> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new SensuProblem(file, line, "a resource is a mapping with type, metadata and spec"));
            return;
        }
        Map<String, Object> raw = new LinkedHashMap<>((Map<String, Object>) map);
        Object type = raw.get("type");
        Map<String, Object> metadata = raw.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        Map<String, Object> spec = raw.get("spec") instanceof Map<?, ?> s ? (Map<String, Object>) s : null;
        Object name = metadata == null ? null : metadata.get("name");
        if (!(type instanceof String) || !(name instanceof String) || spec == null) {
            problems.add(new SensuProblem(file, line, "a resource needs type, metadata.name and spec"
                    + (type instanceof String t ? " (this " + t + " lacks one)" : "")));
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (metadata.get("labels") instanceof Map<?, ?> given) {
            given.forEach((key, labelValue) -> labels.put(String.valueOf(key), String.valueOf(labelValue)));
        }
        Object namespace = metadata.getOrDefault("namespace", "default");
        resources.add(new SensuResource((String) type, (String) name, String.valueOf(namespace), labels, spec, raw,
                line));
    }
}
