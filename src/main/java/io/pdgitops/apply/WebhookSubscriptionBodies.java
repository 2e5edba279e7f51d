package io.pdgitops.apply;

import io.pdgitops.diff.ResourceKind;
import io.pdgitops.model.CustomHeader;
import io.pdgitops.model.WebhookFilter;
import io.pdgitops.model.WebhookSubscription;
import io.pdgitops.pagerduty.dto.CustomHeaderDto;
import io.pdgitops.pagerduty.dto.DeliveryMethodDto;
import io.pdgitops.pagerduty.dto.Reference;
import io.pdgitops.pagerduty.dto.WebhookSubscriptionDto;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A declared webhook subscription as PagerDuty's create and update bodies. Custom header values are read from the
 * environment here, at the last moment, and go nowhere but into the create's body: a missing variable fails the step
 * with the variable's name, never a value.
 */
final class WebhookSubscriptionBodies {

    private WebhookSubscriptionBodies() {
    }

    /** @param environment a variable's value by name, empty when it is not set */
    static WebhookSubscriptionDto create(WebhookSubscription subscription, IdRegistry ids,
            Function<String, Optional<String>> environment) {
        List<CustomHeaderDto> headers = subscription.customHeaders().orElse(List.of()).stream()
                .map(header -> new CustomHeaderDto(header.name(), value(subscription, header, environment)))
                .toList();
        return WebhookSubscriptionDto.create(subscription.name(), DeliveryMethodDto.http(subscription.url(), headers),
                subscription.events(), filter(subscription.filter(), ids), subscription.active().orElse(null));
    }

    static WebhookSubscriptionDto update(WebhookSubscription subscription, IdRegistry ids) {
        return WebhookSubscriptionDto.update(subscription.name(), subscription.events(),
                filter(subscription.filter(), ids), subscription.active().orElse(null));
    }

    private static Reference filter(WebhookFilter filter, IdRegistry ids) {
        return switch (filter.scope()) {
            case ACCOUNT -> new Reference(null, "account_reference", null);
            case SERVICE -> Reference.to("service", ids.id(ResourceKind.SERVICE, filter.name().orElseThrow()));
            case TEAM -> Reference.to("team", ids.id(ResourceKind.TEAM, filter.name().orElseThrow()));
        };
    }

    private static String value(WebhookSubscription subscription, CustomHeader header,
            Function<String, Optional<String>> environment) {
        return environment.apply(header.valueFromEnv()).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new IllegalStateException("WebhookSubscription `" + subscription.name()
                        + "`: custom header `" + header.name() + "` takes its value from the environment variable "
                        + header.valueFromEnv() + ", which is not set"));
    }
}
