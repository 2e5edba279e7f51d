package io.pdgitops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text colour of the dashboard's palette against the background it is drawn on meets WCAG 2 AA (4.5:1 for
 * normal text), in the light scheme and the dark one. The palette is read from the layout's CSS, so a colour edit
 * that loses contrast fails here.
 */
class DashboardContrastTest {

    static final Path LAYOUT = Path.of("src/main/resources/templates/dashboard/layout.html");
    static final Pattern BLOCK = Pattern.compile(":root\\s*\\{([^}]*)}");
    static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    /** Text colour, the background it is drawn on. */
    static final List<List<String>> PAIRS = List.of(
            List.of("fg", "bg"), List.of("fg", "panel"), List.of("muted", "bg"), List.of("muted", "panel"),
            List.of("link", "bg"), List.of("link", "panel"), List.of("ok", "ok-bg"), List.of("bad", "bad-bg"),
            List.of("warn", "warn-bg"), List.of("bg", "fg"));

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void everyTextColourHasAtLeastAaContrastOnItsBackground(int scheme) throws IOException {
        Matcher blocks = BLOCK.matcher(Files.readString(LAYOUT));
        Map<String, String> palette = null;
        for (int i = 0; i <= scheme; i++) {
            assertThat(blocks.find()).as("a :root block for scheme " + scheme).isTrue();
            palette = variables(blocks.group(1));
        }
        for (List<String> pair : PAIRS) {
            assertThat(palette).containsKeys(pair.get(0), pair.get(1));
            double ratio = contrast(palette.get(pair.get(0)), palette.get(pair.get(1)));
            assertThat(ratio).as(pair + " in scheme " + scheme).isGreaterThanOrEqualTo(4.5);
        }
    }

    static Map<String, String> variables(String block) {
        Map<String, String> palette = new LinkedHashMap<>();
        Matcher variable = VARIABLE.matcher(block);
        while (variable.find()) {
            palette.put(variable.group(1), variable.group(2));
        }
        return palette;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
