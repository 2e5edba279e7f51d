package io.pdgitops.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One main source file as the architecture rules see it: its class, its package, and every type it names outside its
 * package, whether through an import or written out in full in the code. Comments and string literals are blanked
 * first, so a {@code {@link io.pdgitops.cli.Main}} in a Javadoc or a class name in a message is not a dependency.
 *
 * @param className the fully qualified name of the file's top-level class
 * @param packageName the file's package
 * @param references the fully qualified names the file uses (a wildcard import is kept as {@code pkg.*})
 * @param code the file's text without comments and string literals, for the calls the rules forbid
 */
record SourceFile(String className, String packageName, Set<String> references, String code) {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
    // A qualified name written in the code: lower-case segments, then a capitalised type name.
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*)");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|/\\*(?s:.*?)\\*/|//[^\\n]*");

    static SourceFile parse(String fileName, String text) {
        String code = blank(text);
        Matcher packageMatch = PACKAGE.matcher(code);
        String packageName = packageMatch.find() ? packageMatch.group(1) : "";
        String simpleName = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Set<String> references = new LinkedHashSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            references.add(imports.group(1));
        }
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
        Matcher qualified = QUALIFIED.matcher(body);
        while (qualified.find()) {
            references.add(qualified.group(1));
        }
        return new SourceFile(packageName.isEmpty() ? simpleName : packageName + "." + simpleName, packageName,
                references, code);
    }

    /** The packages of the project's own types this file uses, other than its own. */
    List<String> projectPackagesUsed(String projectRoot) {
        List<String> packages = new ArrayList<>();
        for (String reference : references) {
            if (reference.startsWith(projectRoot + ".")) {
                String used = packageOf(reference);
                if (!used.equals(packageName) && !packages.contains(used)) {
                    packages.add(used);
                }
            }
        }
        return packages;
    }

    /** The package part of a qualified type name: the segments before the first capitalised one. */
    static String packageOf(String reference) {
        StringBuilder result = new StringBuilder();
        for (String segment : reference.split("\\.")) {
            if (segment.equals("*") || Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            result.append(result.isEmpty() ? "" : ".").append(segment);
        }
        return result.toString();
    }

    // Keeps line breaks so nothing shifts, and keeps the quotes of a literal so the code still reads as code.
    private static String blank(String text) {
        Matcher matcher = COMMENT_OR_STRING.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kept = matcher.group().replaceAll("[^\\n]", " ");
            matcher.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
