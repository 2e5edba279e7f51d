package io.pdgitops.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Package cycles among the project's own packages, found as strongly connected components of the package graph
 * (Tarjan). Each cycle is reported with the classes and uses that make every edge inside it, because breaking a
 * cycle means moving exactly those.
 */
final class PackageCycles {

    // package -> used package -> "Class uses Type" lines
    private final Map<String, Map<String, TreeSet<String>>> edges = new TreeMap<>();

    PackageCycles(List<SourceFile> files) {
        for (SourceFile file : files) {
            for (String reference : file.references()) {
                if (!reference.startsWith(Layers.ROOT + ".")) {
                    continue;
                }
                String used = SourceFile.packageOf(reference);
                if (!used.equals(file.packageName())) {
                    edges.computeIfAbsent(file.packageName(), key -> new TreeMap<>())
                            .computeIfAbsent(used, key -> new TreeSet<>())
                            .add(file.className() + " imports " + reference);
                }
            }
        }
    }

    /** One readable paragraph per cycle; empty when the packages form a directed acyclic graph. */
    List<String> describe() {
        List<String> descriptions = new ArrayList<>();
        for (List<String> component : components()) {
            StringBuilder text = new StringBuilder("cycle among " + component + ":");
            for (String from : component) {
                for (Map.Entry<String, TreeSet<String>> edge : edges.getOrDefault(from, Map.of()).entrySet()) {
                    if (component.contains(edge.getKey())) {
                        text.append("\n  ").append(from).append(" -> ").append(edge.getKey()).append(": ")
                                .append(String.join(", ", edge.getValue()));
                    }
                }
            }
            descriptions.add(text.toString());
        }
        return descriptions;
    }

    private List<List<String>> components() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<List<String>> found = new ArrayList<>();
        for (String node : new TreeSet<>(nodes())) {
            if (!index.containsKey(node)) {
                connect(node, index, low, stack, found);
            }
        }
        return found;
    }

    private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            List<List<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }

    private List<String> nodes() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        edges.forEach((from, targets) -> {
            all.put(from, true);
            targets.keySet().forEach(target -> all.put(target, true));
        });
        return new ArrayList<>(all.keySet());
    }
}
