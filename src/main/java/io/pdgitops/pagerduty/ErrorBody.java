package io.pdgitops.pagerduty;

import java.util.List;

/** What an error response says, whatever shape its body had. */
record ErrorBody(Integer code, String message, List<String> details) {
    ErrorBody {
        details = List.copyOf(details);
    }
}
