package io.pdgitops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code /services/{id}/integrations}: PagerDuty generates the integration key (a secret the
 * monitoring host needs); email integrations get a {@code <x>@<subdomain>.pagerduty.com} address.
 */
final class IntegrationsResource {

    static final String EMAIL_TYPE = "generic_email_inbound_integration";
    static final Set<String> TYPES = Set.of("events_api_v2_inbound_integration", EMAIL_TYPE,
            "generic_events_api_inbound_integration", "aws_cloudwatch_inbound_integration", "cloudkick_inbound_integration",
            "event_transformer_api_inbound_integration", "keynote_inbound_integration", "nagios_inbound_integration",
            "pingdom_inbound_integration", "sql_monitor_inbound_integration");
    private static final Pattern INTEGRATION_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[a-z0-9-]+\\.pagerduty\\.com");
    private static final Set<String> READ_ONLY = Set.of("id", "summary", "self", "html_url", "created_at",
            "integration_key", "service", "service_id");

    private final Context context;
    private final VendorsResource vendors;

    IntegrationsResource(Context context, VendorsResource vendors) {
        this.context = context;
        this.vendors = vendors;
    }

    void register(Routes routes) {
        routes.add("POST", "/services/{id}/integrations", this::create)
                .add("GET", "/services/{id}/integrations/{integration_id}",
                        call -> RouteReply.ok(Json.wrap("integration", view(require(call), call.request()))))
                .add("PUT", "/services/{id}/integrations/{integration_id}", this::update)
                .add("DELETE", "/services/{id}/integrations/{integration_id}", this::delete);
    }

    /** Every service's integrations, for answers about many services at once. */
    Function<String, List<ObjectNode>> byService() {
        Map<String, List<ObjectNode>> grouped = context.state().groupedBy(Kind.INTEGRATIONS,
                integration -> integration.path("service_id").asText());
        return serviceId -> grouped.getOrDefault(serviceId, List.of());
    }

    List<ObjectNode> ofService(String serviceId) {
        return context.state().matching(Kind.INTEGRATIONS,
                integration -> integration.path("service_id").asText().equals(serviceId));
    }

    private RouteReply create(Call call) {
        context.state().require(Kind.SERVICES, call.id());
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "integration"), READ_ONLY);
        boolean hasType = body.hasNonNull("type");
        boolean hasVendor = body.hasNonNull("vendor");
        if (hasType == hasVendor) {
            throw PagerDutyError.invalid("Specify either an integration type or a vendor, not both");
        }
        ObjectNode integration = Json.object();
        integration.put("id", context.state().newId());
        if (hasVendor) {
            String vendorId = Checks.referenceId(body.get("vendor"), "vendor", Set.of("vendor_reference", "vendor"));
            Vendor vendor = VendorsResource.find(vendorId).orElseThrow(() -> PagerDutyError.invalidReference(5001, "Vendor"));
            integration.put("type", vendor.integrationType());
            integration.put("name", vendor.name());
            body.set("vendor", Json.object().put("id", vendorId).put("type", "vendor_reference"));
        }
        integration.setAll(body);
        if (!integration.hasNonNull("name")) {
            integration.put("name", integration.path("type").asText());
        }
        integration.put("service_id", call.id());
        integration.put("created_at", context.now().toString());
        validate(integration);
        if (!integration.path("type").asText().equals(EMAIL_TYPE)) {
            integration.put("integration_key", context.state().newIntegrationKey());
        }
        context.state().put(Kind.INTEGRATIONS, integration.path("id").asText(), integration);
        return RouteReply.created(Json.wrap("integration", view(integration, call.request())));
    }

    private RouteReply update(Call call) {
        ObjectNode integration = require(call).deepCopy();
        ObjectNode body = Json.without(Json.unwrap(call.request().body(), "integration"), READ_ONLY);
        if (body.has("type") && !body.path("type").asText().equals(integration.path("type").asText())) {
            throw PagerDutyError.invalid("The type of an integration can't be changed");
        }
        body.remove("vendor");
        integration.setAll(body);
        validate(integration);
        context.state().put(Kind.INTEGRATIONS, integration.path("id").asText(), integration);
        return RouteReply.ok(Json.wrap("integration", view(integration, call.request())));
    }

    private RouteReply delete(Call call) {
        context.state().remove(Kind.INTEGRATIONS, require(call).path("id").asText());
        return RouteReply.noContent();
    }

    private ObjectNode require(Call call) {
        context.state().require(Kind.SERVICES, call.id());
        ObjectNode integration = context.state().require(Kind.INTEGRATIONS, call.param("integration_id"));
        if (!integration.path("service_id").asText().equals(call.id())) {
            throw PagerDutyError.notFound();
        }
        return integration;
    }

    private void validate(ObjectNode integration) {
        String type = integration.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw PagerDutyError.invalid("Type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        Checks.maxLength(integration, "name", 255);
        if (type.equals(EMAIL_TYPE)) {
            String email = integration.path("integration_email").asText("");
            if (!INTEGRATION_EMAIL.matcher(email).matches()) {
                throw PagerDutyError.invalid("Integration email must be an address like name@subdomain.pagerduty.com");
            }
            Checks.unique(context.state().all(Kind.INTEGRATIONS).values(), "integration_email", email,
                    integration.path("id").asText(), "Integration email has already been taken");
        }
    }

    ObjectNode view(ObjectNode integration, SandboxRequest request) {
        ObjectNode view = integration.deepCopy();
        String serviceId = integration.path("service_id").asText();
        view.remove("service_id");
        ObjectNode reference = context.refs().integration(integration);
        view.put("summary", reference.path("summary").asText());
        view.set("self", reference.get("self"));
        view.set("html_url", reference.get("html_url"));
        view.set("service", context.refs().expandable(Kind.SERVICES, serviceId, Listing.includes(request, "services")));
        JsonNode vendor = integration.get("vendor");
        if (vendor != null && vendor.isObject()) {
            String vendorId = vendor.path("id").asText();
            view.set("vendor", Listing.includes(request, "vendors") && VendorsResource.find(vendorId).isPresent()
                    ? vendors.view(VendorsResource.find(vendorId).get())
                    : vendors.reference(vendorId));
        }
        return view;
    }
}
