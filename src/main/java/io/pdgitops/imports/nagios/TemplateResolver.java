package io.pdgitops.imports.nagios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nagios template inheritance: {@code use a,b} takes every attribute the definition does not set from {@code a},
 * then from {@code b} (the leftmost template wins), recursively. A value starting with {@code +} is appended to the
 * inherited one; the value {@code null} drops an inherited attribute. {@code name}, {@code use} and
 * {@code register} are never inherited. Templates are per object type.
 */
public final class TemplateResolver {

    private static final Set<String> NOT_INHERITED = Set.of("name", "use", "register");

    private final Map<String, Definition> templates = new HashMap<>();
    private final Map<Definition, Map<String, Attribute>> resolved = new HashMap<>();
    private final Set<Definition> resolving = new HashSet<>();
    private final List<NagiosProblem> problems;

    private TemplateResolver(List<NagiosProblem> problems) {
        this.problems = problems;
    }

    /** The registered objects (not the {@code register 0} templates) with everything they inherit. */
    public static List<Definition> resolve(List<Definition> definitions, List<NagiosProblem> problems) {
        TemplateResolver resolver = new TemplateResolver(problems);
        for (Definition definition : definitions) {
            definition.value("name").ifPresent(name -> {
                Definition earlier = resolver.templates.putIfAbsent(key(definition.type(), name), definition);
                if (earlier != null) {
                    problems.add(new NagiosProblem(definition.locationOf("name"), "template " + definition.type()
                            + " `" + name + "` is defined twice (first at " + earlier.location() + ")"));
                }
            });
        }
        List<Definition> objects = new ArrayList<>();
        for (Definition definition : definitions) {
            if (definition.registered()) {
                objects.add(new Definition(definition.type(), resolver.attributes(definition), definition.location()));
            }
        }
        objects.replaceAll(TemplateResolver::withoutNulls);
        return objects;
    }

    private Map<String, Attribute> attributes(Definition definition) {
        Map<String, Attribute> done = resolved.get(definition);
        if (done != null) {
            return done;
        }
        if (!resolving.add(definition)) {
            problems.add(new NagiosProblem(definition.locationOf("use"),
                    "template inheritance loops back to this " + definition.type()));
            return definition.attributes();
        }
        Map<String, Attribute> result = new LinkedHashMap<>(definition.attributes());
        for (String parentName : definition.value("use").map(ValueText::list).orElse(List.of())) {
            Definition parent = templates.get(key(definition.type(), parentName));
            if (parent == null) {
                problems.add(new NagiosProblem(definition.locationOf("use"), "unknown " + definition.type()
                        + " template `" + parentName + "` (no define " + definition.type() + " has name "
                        + parentName + ")"));
                continue;
            }
            inherit(result, attributes(parent));
        }
        resolving.remove(definition);
        resolved.put(definition, result);
        return result;
    }

    private static void inherit(Map<String, Attribute> child, Map<String, Attribute> parent) {
        parent.forEach((name, inherited) -> {
            if (NOT_INHERITED.contains(name)) {
                return;
            }
            Attribute own = child.get(name);
            if (own == null) {
                child.put(name, inherited);
            } else if (own.value().startsWith("+") && !own.value().equals("+")) {
                child.put(name, new Attribute("+" + join(inherited.value(), own.value().substring(1)),
                        own.location()));
            }
        });
    }

    private static String join(String inherited, String added) {
        String base = inherited.startsWith("+") ? inherited.substring(1) : inherited;
        return base.equals("null") ? added : base + "," + added;
    }

    /** Leftover {@code +} markers go (nothing to add to), and {@code null} means "not set". */
    private static Definition withoutNulls(Definition definition) {
        Map<String, Attribute> kept = new LinkedHashMap<>();
        definition.attributes().forEach((name, attribute) -> {
            String value = attribute.value().startsWith("+") ? attribute.value().substring(1) : attribute.value();
            if (!value.equals("null")) {
                kept.put(name, new Attribute(value, attribute.location()));
            }
        });
        return new Definition(definition.type(), kept, definition.location());
    }

    private static String key(String type, String name) {
        return type + "\u0000" + name;
    }
}
