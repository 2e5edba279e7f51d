package io.pdgitops.cli;

import io.pdgitops.build.Version;
import picocli.CommandLine.IVersionProvider;

public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"pd-gitops " + Version.current()};
    }
}
