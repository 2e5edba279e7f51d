package io.pdgitops.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyParserTest {

    private final ErrorBodyParser parser = new ErrorBodyParser(PagerDutyJson.mapper());

    @Test
    void documentedShape() {
        ErrorBody body = parser.parse("""
                {"error":{"code":2001,"message":"Invalid Input Provided",
                 "errors":["Escalation Policy has already been taken","Name is too long"]}}""", "Bad Request");

        assertThat(body).isEqualTo(new ErrorBody(2001, "Invalid Input Provided",
                List.of("Escalation Policy has already been taken", "Name is too long")));
    }

    @Test
    void errorsAsAPlainString() {
        ErrorBody body = parser.parse("""
                {"error":{"message":"Invalid Input Provided","code":2001,
                 "errors":"Override must end in the future, and after it starts."}}""", "Bad Request");

        assertThat(body.code()).isEqualTo(2001);
        assertThat(body.details()).containsExactly("Override must end in the future, and after it starts.");
    }

    @Test
    void errorAsAnArray() {
        ErrorBody body = parser.parse("{\"error\":[\"Schedule Not Found\",\"Try another id\"]}", "Not Found");

        assertThat(body.message()).isEqualTo("Schedule Not Found");
        assertThat(body.details()).containsExactly("Try another id");
        assertThat(body.code()).isNull();
    }

    @Test
    void errorsAsAnObjectKeyedByField() {
        ErrorBody body = parser.parse("""
                {"error":{"code":3001,"message":"Invalid Schedule",
                 "errors":{"schedule_layers[0].start":["must be a date"],"time_zone":["is not a time zone"]}}}""",
                "Bad Request");

        assertThat(body.code()).isEqualTo(3001);
        assertThat(body.details()).containsExactly("schedule_layers[0].start: must be a date",
                "time_zone: is not a time zone");
    }

    @Test
    void topLevelErrorsObjectWithoutAnErrorWrapper() {
        ErrorBody body = parser.parse("{\"errors\":{\"name\":[\"can't be blank\"]}}", "Unprocessable Entity");

        assertThat(body.message()).isEqualTo("name: can't be blank");
    }

    @Test
    void errorAsAString() {
        assertThat(parser.parse("{\"error\":\"Forbidden\"}", "HTTP 403").message()).isEqualTo("Forbidden");
    }

    @Test
    void htmlBodyIsReducedToShortText() {
        ErrorBody body = parser.parse("""
                <html><head><style>body{color:red}</style><title>502</title></head>
                <body><h1>502   Bad Gateway</h1><p>nginx</p></body></html>""", "Bad Gateway");

        assertThat(body.message()).isEqualTo("Bad Gateway");
        assertThat(body.details()).containsExactly("502 502 Bad Gateway nginx");
    }

    @Test
    void longTextIsTruncated() {
        ErrorBody body = parser.parse("x".repeat(5000), "Service Unavailable");

        assertThat(body.details().get(0)).hasSize(ErrorBodyParser.MAX_TEXT_LENGTH + 3).endsWith("...");
    }

    @Test
    void emptyBodyFallsBackToTheStatusReason() {
        assertThat(parser.parse("", "Too Many Requests"))
                .isEqualTo(new ErrorBody(null, "Too Many Requests", List.of()));
    }

    @Test
    void aJsonScalarIsTreatedAsText() {
        assertThat(parser.parse("\"oops\"", "Bad Request").details()).containsExactly("\"oops\"");
    }

    @Test
    void aResponseErrorCarriesTheParsedBody() {
        try (MockPagerDuty pagerDuty = new MockPagerDuty()) {
            pagerDuty.enqueue(400, "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
                    + "\"errors\":\"Override must end in the future\"}}");

            assertThatThrownBy(() -> pagerDuty.client.schedules().overrides("PS1",
                    OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                    OffsetDateTime.parse("2026-02-01T00:00:00Z")))
                    .isInstanceOf(PagerDutyException.class)
                    .hasMessage("GET /schedules/PS1/overrides: HTTP 400 (PagerDuty error 2001) Invalid Input Provided:"
                            + " Override must end in the future");
        }
    }
}
