package io.pdgitops.pagerduty.dto;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How every PagerDuty record maps to JSON: snake_case names as in PagerDuty's API, unknown fields ignored (PagerDuty
 * adds fields over time), and null fields left out when writing, because PUT is partial and an omitted field stays
 * as it is. An explicit JSON null is sent with {@link io.pdgitops.pagerduty.dto.JsonNullable} or a {@code NullNode}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface PagerDutyObject {
}
