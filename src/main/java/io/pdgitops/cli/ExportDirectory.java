package io.pdgitops.cli;

import io.pdgitops.export.Export;
import io.pdgitops.export.ExportFiles;
import io.pdgitops.export.ExportedFile;
import io.pdgitops.validate.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Writes an export to disk, with the JSON Schemas its files point editors at. */
final class ExportDirectory {

    private ExportDirectory() {
    }

    /** True when {@code dir} does not exist yet or holds nothing. */
    static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes every file of the export, replacing files of the same name and leaving all others alone. */
    static void write(Path dir, Export export) throws IOException {
        for (ExportedFile file : export.files()) {
            writeFile(dir, file.path(), file.text());
        }
        for (Map.Entry<String, String> schema : SchemaCatalog.fromClasspath().textsById().entrySet()) {
            String name = schema.getKey().substring(SchemaCatalog.BASE_URI.length());
            writeFile(dir, ExportFiles.SCHEMA_FOLDER + "/" + name, schema.getValue());
        }
    }

    private static void writeFile(Path dir, String relative, String text) throws IOException {
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir.normalize())) {
            throw new IOException("refusing to write outside the export directory: " + relative);
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
