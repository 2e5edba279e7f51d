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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an apply declared, on disk, so that a later plan may prune what Git no longer declares. One object a line,
 * tab-separated, then the repository file that declared it: {@code Team<TAB>Ops Tokyo<TAB>teams/ops.yaml},
 * {@code Integration<TAB>Payments API<TAB>Nagios<TAB>services/payments.yaml}; {@code #} starts a comment. The kind
 * fixes how many name fields follow, so the file column is optional: lists written before it was added still read,
 * with no file known. {@code pd-gitops adopt} adds pins, {@code Adopted<TAB>Schedule<TAB>Ops Rotation<TAB>PSCH001}:
 * the PagerDuty id Git means by that name. Written to a temporary file and renamed, so a crash never leaves half a
 * list.
 */
public final class InventoryFile {

    private static final String HEADER = "# pd-gitops inventory: what the last successful apply declared\n";
    /** Not a kind, so an older reader stops at a pin instead of silently dropping it. */
    private static final String ADOPTED = "Adopted";

    private InventoryFile() {
    }

    /** @throws IllegalArgumentException naming the file and line of anything it cannot read */
    public static Inventory read(Path file) throws IOException {
        List<ResourceKey> keys = new ArrayList<>();
        Map<ResourceKey, String> files = new HashMap<>();
        Map<ResourceKey, String> adopted = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] fields = line.split("\t", -1);
            if (fields[0].equals(ADOPTED)) {
                Optional<ResourceKey> pinned = fields.length == 4
                        ? parse(Arrays.copyOfRange(fields, 1, 3)) : Optional.empty();
                if (pinned.isEmpty() || fields[3].isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": not an adoption line ("
                            + ADOPTED + "<TAB>KIND<TAB>NAME<TAB>PAGERDUTY_ID)");
                }
                adopted.put(pinned.get(), fields[3]);
                continue;
            }
            ResourceKey key = parse(fields).orElseThrow(() -> new IllegalArgumentException(file + ":" + lineNumber
                    + ": not an inventory line (KIND<TAB>NAME, or Integration<TAB>SERVICE<TAB>NAME, then optionally"
                    + " <TAB>FILE)"));
            keys.add(key);
            if (fields.length == nameFields(key) + 2) {
                files.put(key, fields[fields.length - 1]);
            }
        }
        return new Inventory(true, Set.copyOf(keys), files, adopted);
    }

    public static void write(Path file, Inventory inventory) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        inventory.keys().stream().sorted(ResourceKey.PLAN_ORDER).forEach(key -> {
            text.append(key.kind().displayName()).append('\t');
            key.service().ifPresent(service -> text.append(service).append('\t'));
            text.append(key.name());
            // A path with a tab or line break would split the line: such a file is left unrecorded, not mangled.
            inventory.declaringFile(key).filter(path -> path.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r'))
                    .ifPresent(path -> text.append('\t').append(path));
            text.append('\n');
        });
        inventory.adopted().entrySet().stream().sorted(Map.Entry.comparingByKey(ResourceKey.PLAN_ORDER))
                .forEach(pin -> text.append(ADOPTED).append('\t').append(pin.getKey().kind().displayName())
                        .append('\t').append(pin.getKey().name()).append('\t').append(pin.getValue()).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many fields name an object of this kind: the service and the name for integrations, else the name. */
    private static int nameFields(ResourceKey key) {
        return key.service().isPresent() ? 2 : 1;
    }

    private static Optional<ResourceKey> parse(String[] fields) {
        Optional<ResourceKind> kind = Arrays.stream(ResourceKind.values())
                .filter(candidate -> candidate.displayName().equals(fields[0]))
                .findFirst();
        if (kind.isEmpty() || Arrays.stream(fields).anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        if (kind.get() == ResourceKind.INTEGRATION) {
            return fields.length == 3 || fields.length == 4
                    ? Optional.of(ResourceKey.integration(fields[1], fields[2])) : Optional.empty();
        }
        return fields.length == 2 || fields.length == 3 ? Optional.of(new ResourceKey(kind.get(), fields[1], Optional.empty())) : Optional.empty();
    }
}
