package io.pdgitops.pagerduty;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Query parameters in order; a name may repeat, as PagerDuty's set filters need ({@code include[]=a&include[]=b}). */
public record Query(List<Param> params) {

    public record Param(String name, String value) {
    }

    public Query {
        params = List.copyOf(params);
    }

    public static Query none() {
        return new Query(List.of());
    }

    public static Query of(String name, Object value) {
        return none().with(name, value);
    }

    /** A copy with one more parameter; a null value adds nothing, so optional filters read naturally. */
    public Query with(String name, Object value) {
        if (value == null) {
            return this;
        }
        List<Param> more = new ArrayList<>(params);
        more.add(new Param(name, text(value)));
        return new Query(more);
    }

    /** Times always with seconds and offset: {@code OffsetDateTime.toString()} drops zero seconds. */
    private static String text(Object value) {
        return value instanceof OffsetDateTime time ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                : String.valueOf(value);
    }

    public Query withEach(String name, List<String> values) {
        Query query = this;
        for (String value : values) {
            query = query.with(name, value);
        }
        return query;
    }
}
