package io.pdgitops.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful response: its status (some endpoints mean different things by 200 and 204) and its JSON body. */
record Reply(int status, JsonNode body) {
}
