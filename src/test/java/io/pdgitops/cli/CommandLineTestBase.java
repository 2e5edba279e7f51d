package io.pdgitops.cli;

/**
 * For tests that run several commands in a row and assert on what the last one printed: {@link #out} and
 * {@link #err} always hold the output of the latest {@link #run}.
 */
abstract class CommandLineTestBase {

    String out;
    String err;

    /** Runs the command line as {@code Main} does; returns its exit code. */
    int run(String... args) {
        CapturedCli cli = new CapturedCli();
        int exit = cli.run(args);
        out = cli.out.toString();
        err = cli.err.toString();
        return exit;
    }
}
