package io.pdgitops.imports.nagios;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole Nagios configuration from its nagios.cfg: files, define blocks, templates, memberships. */
public final class NagiosConfig {

    private NagiosConfig() {
    }

    /** Every problem of every file is reported at once, in the exception; files are read in {@code charset}. */
    public static NagiosInventory load(Path mainConfig, Charset charset) throws NagiosConfigException {
        List<NagiosProblem> problems = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<NagiosSource> sources = MainConfigReader.read(mainConfig, charset, problems, settings);
        return parse(sources, problems, NameMatching.of(settings));
    }

    /** The objects of the given texts, for callers that already hold them. */
    public static NagiosInventory parse(List<NagiosSource> sources, List<NagiosProblem> problems)
            throws NagiosConfigException {
        return parse(sources, problems, NameMatching.LITERAL);
    }

    static NagiosInventory parse(List<NagiosSource> sources, List<NagiosProblem> problems, NameMatching matching)
            throws NagiosConfigException {
        List<Definition> definitions = new ArrayList<>();
        for (NagiosSource source : sources) {
            definitions.addAll(ObjectFileParser.parse(source.label(), source.text(), problems));
        }
        NagiosConfigException.throwIfAny(problems);
        NagiosInventory inventory = InventoryBuilder.build(TemplateResolver.resolve(definitions, problems), problems,
                matching);
        NagiosConfigException.throwIfAny(problems);
        return inventory;
    }
}
