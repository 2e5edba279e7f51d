package io.pdgitops.cli;

import io.pdgitops.model.DstHandOffs;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code local_time} or {@code elapsed_time}, spelled as in {@code pd-gitops.yaml}. */
final class DstHandOffsConverter implements CommandLine.ITypeConverter<DstHandOffs> {

    @Override
    public DstHandOffs convert(String value) {
        return Arrays.stream(DstHandOffs.values()).filter(rule -> rule.yamlName().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                        + "' is not local_time or elapsed_time"));
    }
}
