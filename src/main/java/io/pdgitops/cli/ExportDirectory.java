package io.pdgitops.cli;

import io.pdgitops.export.Export;
import io.pdgitops.export.ExportFiles;
import io.pdgitops.export.ExportedFile;
import io.pdgitops.validate.SchemaCatalog;
import io.pdgitops.write.EditorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // Editor settings are the user's once written: an export into an existing folder keeps them.
        if (!Files.exists(dir.resolve(EditorSettings.VSCODE_FILE))) {
            writeFile(dir, EditorSettings.VSCODE_FILE, EditorSettings.vscode(ExportFiles.SCHEMA_FOLDER, objectFolders(export)));
        }
    }

    /** The folders the export put object files in, for the editor's schema mapping. */
    static List<String> objectFolders(Export export) {
        return export.files().stream().map(ExportedFile::path).filter(path -> path.contains("/"))
                .map(path -> path.substring(0, path.lastIndexOf('/'))).distinct().sorted().toList();
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
