package io.pdgitops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdgitops.model.Origin;
import io.pdgitops.model.SourceLocation;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.validate.Violation;
import io.pdgitops.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Splits a YAML text into documents with positions. Never throws: every problem becomes a
 * violation, and the documents before a fatal error are kept.
 */
public final class YamlFileParser {

    private final LoadLimits limits;
    /** Built once: creating the core schema's resolvers costs more than parsing a small file. */
    private final LoadSettings settings;

    public YamlFileParser(LoadLimits limits) {
        this.limits = limits;
        this.settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(Integer.MAX_VALUE) // GuardedParser enforces the limit
                .setCodePointLimit(Integer.MAX_VALUE) // SourceText enforces the size limit
                .build();
    }

    /**
     * @param file path relative to the repository root, used in locations
     * @param text the decoded file contents
     */
    public ParsedFile parse(String file, String text) {
        GuardedParser parser = new GuardedParser(new ParserImpl(settings, new StreamReader(settings, text)), limits);
        Composer composer = new Composer(settings, parser);
        List<YamlDocument> documents = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<ObjectKey> declaredNames = new ArrayList<>();
        int index = 0;
        int nonEmpty = 0;
        try {
            while (composer.hasNext()) {
                Node root = composer.next();
                List<Mark> mergeKeys = parser.mergeKeysIn(index);
                if (!mergeKeys.isEmpty()) {
                    mergeKeys.forEach(mark -> violations.add(Violation.error(ViolationCode.UNSUPPORTED_YAML,
                            location(file, Optional.of(mark)), "merge keys (<<) are not supported; write the fields out")));
                    index++;
                    nonEmpty++;
                    continue;
                }
                if (readDocument(file, root, index, parser.aliasUsesIn(index++), documents, violations, declaredNames)) {
                    nonEmpty++;
                }
            }
        } catch (LimitExceededException e) {
            violations.add(Violation.error(e.code(), location(file, e.mark()), e.getMessage()));
        } catch (MarkedYamlEngineException e) {
            violations.add(syntaxError(file, text, e));
            declaredNames.addAll(LenientIdentities.scan(text));
        } catch (YamlEngineException e) {
            violations.add(Violation.error(ViolationCode.YAML_SYNTAX, SourceLocation.startOf(file), e.getMessage()));
            declaredNames.addAll(LenientIdentities.scan(text));
        } catch (StackOverflowError e) {
            // The guarded parser bounds nesting; this only catches pathological inputs it cannot see.
            violations.add(Violation.error(ViolationCode.NESTING_TOO_DEEP, SourceLocation.startOf(file),
                    "the document is nested too deeply to read"));
        }
        return new ParsedFile(file, documents, violations, nonEmpty, declaredNames);
    }

    /** Returns whether the document held anything (empty documents are skipped silently). */
    private boolean readDocument(String file, Node root, int index, List<Optional<Mark>> aliasUses, List<YamlDocument> documents,
            List<Violation> violations, List<ObjectKey> declaredNames) {
        if (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return false; // an empty document (only comments, or a stray ---) declares nothing
        }
        TreeBuilder builder = new TreeBuilder(file, limits, aliasUses);
        JsonNode tree = builder.build(root);
        SourceLocation start = builder.location(root.getStartMark());
        if (!(tree instanceof ObjectNode object)) {
            violations.add(Violation.error(ViolationCode.NOT_A_MAPPING, start,
                    "a document must be a mapping of fields (kind, name, ...), not " + describe(tree)));
            return true;
        }
        if (!builder.violations().isEmpty()) {
            violations.addAll(builder.violations());
            DocumentIdentity.of(object).ifPresent(declaredNames::add);
            return true;
        }
        documents.add(new YamlDocument(object, new Origin(start, builder.locations(), builder.keyLocations()), index));
        return true;
    }

    private static String describe(JsonNode tree) {
        if (tree.isArray()) {
            return "a list";
        }
        return tree.isTextual() ? "a text value" : "a single value";
    }

    private static Violation syntaxError(String file, String text, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark();
        SourceLocation where = location(file, mark);
        Optional<SourceLocation> tab = TabIndentation.find(file, text, where.line());
        if (tab.isPresent()) {
            return Violation.error(ViolationCode.TAB_INDENTATION, tab.get(),
                    "tab used for indentation; YAML allows only spaces");
        }
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        Optional<String> plain = PlainSyntaxMessages.of(problem, e.getContextMark().map(start -> start.getLine() + 1),
                e.getContextMark().map(start -> start.getColumn() + 1));
        if (plain.isPresent()) {
            return Violation.error(ViolationCode.YAML_SYNTAX, where, plain.get());
        }
        String context = e.getContext() == null ? "" : e.getContext()
                + e.getContextMark().filter(start -> start.getLine() + 1 != where.line())
                        .map(start -> " started at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1))
                        .orElse("")
                + ": ";
        return Violation.error(ViolationCode.YAML_SYNTAX, where, context + problem.replace('\n', ' '));
    }

    private static SourceLocation location(String file, Optional<Mark> mark) {
        return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(file));
    }
}
