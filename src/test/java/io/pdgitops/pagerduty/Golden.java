package io.pdgitops.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads golden files from {@code src/test/resources/pagerduty/<case>/}. */
final class Golden {

    private Golden() {
    }

    static String text(String caseAndFile) {
        try (InputStream in = Golden.class.getResourceAsStream("/pagerduty/" + caseAndFile)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file pagerduty/" + caseAndFile);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return PagerDutyJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }
}
