package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /vendors}: a fixed catalogue, read-only and paged without {@code query}, like PagerDuty's. */
final class VendorsResource {

    static final List<Vendor> CATALOGUE = List.of(
            new Vendor("PAM4FGS", "Amazon CloudWatch", "https://aws.amazon.com/cloudwatch", "aws_cloudwatch_inbound_integration"),
            new Vendor("PZQ6AUS", "Datadog", "https://www.datadoghq.com", "generic_events_api_inbound_integration"),
            new Vendor("PZD94QK", "Email", "https://www.pagerduty.com", "generic_email_inbound_integration"),
            new Vendor("PKAPG94", "Events API V2", "https://www.pagerduty.com", "events_api_v2_inbound_integration"),
            new Vendor("PQ9K7I8", "Grafana", "https://grafana.com", "generic_events_api_inbound_integration"),
            new Vendor("P7TAB3C", "Icinga", "https://icinga.com", "nagios_inbound_integration"),
            new Vendor("PAMJWHN", "Nagios", "https://www.nagios.org", "nagios_inbound_integration"),
            new Vendor("PCWOA4S", "New Relic", "https://newrelic.com", "generic_events_api_inbound_integration"),
            new Vendor("PZ5JAVB", "Pingdom", "https://www.pingdom.com", "pingdom_inbound_integration"),
            new Vendor("PDNWB5B", "Prometheus", "https://prometheus.io", "events_api_v2_inbound_integration"),
            new Vendor("PWMT4DH", "Splunk", "https://www.splunk.com", "generic_events_api_inbound_integration"),
            new Vendor("PJFWPEP", "Zabbix", "https://www.zabbix.com", "generic_events_api_inbound_integration"));

    private final Links links;

    VendorsResource(Links links) {
        this.links = links;
    }

    void register(Routes routes) {
        routes.add("GET", "/vendors", call -> RouteReply.ok(Paging.page(call.request(), "vendors",
                        CATALOGUE.stream().map(this::view).toList())))
                .add("GET", "/vendors/{id}", call -> RouteReply.ok(Json.wrap("vendor",
                        view(find(call.id()).orElseThrow(PagerDutyError::notFound)))));
    }

    static Optional<Vendor> find(String id) {
        return CATALOGUE.stream().filter(vendor -> vendor.id().equals(id)).findFirst();
    }

    ObjectNode view(Vendor vendor) {
        ObjectNode node = Json.object();
        node.put("id", vendor.id());
        node.put("type", "vendor");
        node.put("name", vendor.name());
        node.put("website_url", vendor.website());
        String slug = vendor.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        node.put("logo_url", links.webUrl() + "/assets/vendors/" + slug + ".png");
        node.put("thumbnail_url", links.webUrl() + "/assets/vendors/" + slug + "-thumb.png");
        node.put("description", vendor.name() + " integration");
        node.put("integration_guide_url", "https://www.pagerduty.com/docs/guides/" + slug + "-integration-guide/");
        node.put("generic_service_type", vendor.integrationType());
        return links.decorate(node, "vendors", vendor.name());
    }

    ObjectNode reference(String id) {
        return links.reference("vendor", "vendors", id, find(id).map(Vendor::name).orElse(null));
    }
}
