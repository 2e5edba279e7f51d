package io.pdgitops.export;

/** @param path relative to the export directory, {@code /}-separated */
public record ExportedFile(String path, String text) {
}
