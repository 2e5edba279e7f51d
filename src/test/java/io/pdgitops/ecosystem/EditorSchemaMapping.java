package io.pdgitops.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadLimits;
import io.pdgitops.load.ParsedFile;
import io.pdgitops.load.RepoFiles;
import io.pdgitops.load.YamlDocument;
import io.pdgitops.load.YamlFileParser;
import io.pdgitops.model.RepoSettings;
import io.pdgitops.validate.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an editor running yaml-language-server makes of a configuration folder's {@code .vscode/settings.json}: which
 * schema each file gets, matched as the server matches ({@code *} is {@code .*}, tested against the end of the file
 * URI: FilePatternAssociation in its yamlSchemaService), and whether every document of the file passes it.
 */
public final class EditorSchemaMapping {

    private static final SchemaCatalog CATALOG = SchemaCatalog.fromClasspath();

    private EditorSchemaMapping() {
    }

    /** Every file of the folder that gets no schema, two schemas or a schema it breaks; empty when all is well. */
    public static List<String> problems(Path configDir) throws IOException {
        Path folder = configDir.toAbsolutePath().normalize();
        JsonNode schemas = new ObjectMapper().readTree(folder.resolve(".vscode/settings.json").toFile())
                .path("yaml.schemas");
        List<String> problems = new ArrayList<>();
        for (String file : configFiles(folder)) {
            String uri = folder.resolve(file).toUri().toString();
            List<String> matched = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) schemas::fields) {
                for (JsonNode pattern : entry.getValue()) {
                    if (Pattern.compile(regex(pattern.asText()) + "$").matcher(uri).find()) {
                        matched.add(entry.getKey());
                        break;
                    }
                }
            }
            if (matched.size() != 1) {
                problems.add(file + ": matched by " + matched.size() + " schemas " + matched);
                continue;
            }
            problems.addAll(validate(folder, file, folder.resolve(matched.get(0)).normalize()));
        }
        return problems;
    }

    /**
     * The settings file and every file the loader reads, whatever it declares: taken from the folder's own
     * {@code include} and {@code exclude}, not from the loaded objects, so a folder of a kind no editor mapping
     * names (windows, people) is not missed.
     */
    public static List<String> configFiles(Path folder) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        files.add(RepoSettings.FILE_NAME);
        RepoSettings settings = ConfigLoader.load(folder).state().settings();
        RepoFiles.list(folder, settings.include(), settings.exclude(), LoadLimits.defaults().maxFiles()).files()
                .forEach(entry -> files.add(entry.relativePath()));
        return List.copyOf(files);
    }

    /** The server's convertSimple2RegExpPattern: regex characters escaped, then each {@code *} as {@code .*}. */
    static String regex(String pattern) {
        return pattern.replaceAll("[-\\\\{}+?|^$.,\\[\\]()#\\s]", "\\\\$0").replace("*", ".*");
    }

    private static List<String> validate(Path folder, String file, Path schemaFile) throws IOException {
        if (!Files.isRegularFile(schemaFile)) {
            return List.of(file + ": mapped schema " + schemaFile + " does not exist");
        }
        String id = SchemaCatalog.BASE_URI + schemaFile.getFileName();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(CATALOG.textsById())).getSchema(SchemaLocation.of(id));
        ParsedFile parsed = new YamlFileParser(LoadLimits.defaults()).parse(file, Files.readString(folder.resolve(file)));
        List<String> problems = new ArrayList<>();
        parsed.violations().forEach(violation -> problems.add(violation.format()));
        for (YamlDocument document : parsed.documents()) {
            schema.validate(document.tree()).forEach(error -> problems.add(file + " document " + (document.index() + 1)
                    + " against " + schemaFile.getFileName() + ": " + error));
        }
        return problems;
    }
}
