package io.pdgitops.state;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.diff.ResourceKind;
import io.pdgitops.plan.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an apply declared, on disk, so that a later plan may prune what Git no longer declares. One object a line,
 * tab-separated: {@code Team<TAB>Ops Tokyo}, {@code Integration<TAB>Payments API<TAB>Nagios}; {@code #} starts a
 * comment. Written to a temporary file and renamed, so a crash never leaves half a list.
 */
public final class InventoryFile {

    private static final String HEADER = "# pd-gitops inventory: what the last successful apply declared\n";

    private InventoryFile() {
    }

    /** @throws IllegalArgumentException naming the file and line of anything it cannot read */
    public static Inventory read(Path file) throws IOException {
        List<ResourceKey> keys = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            keys.add(parse(line).orElseThrow(() -> new IllegalArgumentException(file + ":" + lineNumber
                    + ": not an inventory line (KIND<TAB>NAME, or Integration<TAB>SERVICE<TAB>NAME)")));
        }
        return Inventory.of(keys);
    }

    public static void write(Path file, Inventory inventory) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        inventory.keys().stream().sorted(ResourceKey.PLAN_ORDER).forEach(key -> {
            text.append(key.kind().displayName()).append('\t');
            key.service().ifPresent(service -> text.append(service).append('\t'));
            text.append(key.name()).append('\n');
        });
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<ResourceKey> parse(String line) {
        String[] fields = line.split("\t", -1);
        Optional<ResourceKind> kind = Arrays.stream(ResourceKind.values())
                .filter(candidate -> candidate.displayName().equals(fields[0]))
                .findFirst();
        if (kind.isEmpty() || Arrays.stream(fields).anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        if (kind.get() == ResourceKind.INTEGRATION) {
            return fields.length == 3 ? Optional.of(ResourceKey.integration(fields[1], fields[2])) : Optional.empty();
        }
        return fields.length == 2 ? Optional.of(new ResourceKey(kind.get(), fields[1], Optional.empty())) : Optional.empty();
    }
}
