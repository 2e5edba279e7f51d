import io.pdgitops.load.ConfigLoader;
import io.pdgitops.load.LoadLimits;
import io.pdgitops.load.LoadResult;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times load + schema + semantic validation of one repository in a warm JVM.
 * Usage (see validate-bench.sh): java -cp APP_CLASSPATH bench/ValidateBench.java DIR [WARMUP] [RUNS]
 */
public class ValidateBench {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ConfigLoader loader = new ConfigLoader(LoadLimits.defaults());

        long coldStart = System.nanoTime();
        LoadResult first = loader.read(dir);
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        // Warnings (an escalation rule that reaches nobody at weekends) are part of a realistic repository.
        if (!first.isValid()) {
            System.err.println("repository is not valid: " + first.violations().get(0));
            System.exit(1);
        }
        for (int i = 0; i < warmUp; i++) {
            loader.read(dir);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            loader.read(dir);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("objects=%d files=%d first_ms=%d warm_min_ms=%d warm_median_ms=%d warm_max_ms=%d%n",
                first.state().objectCount(), first.state().fileCount(), coldMillis,
                millis[0], millis[runs / 2], millis[runs - 1]);
    }
}
