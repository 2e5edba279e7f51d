package io.pdgitops.validate;

import io.pdgitops.model.DesiredState;
import io.pdgitops.model.Integration;
import io.pdgitops.model.Service;
import io.pdgitops.model.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every integration vendor the repository names must be one of the account's vendors. PagerDuty's vendor list is
 * not known offline; the plan reads it anyway when an integration names a vendor, so it checks the names before
 * anything is written. Without it a misspelt vendor passes the plan and fails half-way through an apply.
 */
public final class VendorReferences {

    private VendorReferences() {
    }

    /**
     * One error per integration whose vendor the account does not have, at the integration's {@code vendor} line.
     *
     * @param knownVendors the account's vendor names (PagerDuty's spelling; matched ignoring case)
     */
    public static List<Violation> unknown(DesiredState desired, Set<String> knownVendors) {
        Set<String> lowerCase = new HashSet<>();
        knownVendors.forEach(name -> lowerCase.add(name.toLowerCase(Locale.ROOT)));
        List<Violation> found = new ArrayList<>();
        for (Service service : desired.services()) {
            for (Integration integration : service.integrations().orElse(List.of())) {
                integration.vendor()
                        .filter(vendor -> !lowerCase.contains(vendor.toLowerCase(Locale.ROOT)))
                        .ifPresent(vendor -> found.add(Violation.error(ViolationCode.DANGLING_REFERENCE,
                                service.origin().locationOf(integration.path() + "/vendor"),
                                "vendor `" + vendor + "` is not an integration vendor of the PagerDuty account"
                                        + Suggestions.hint(vendor.toLowerCase(Locale.ROOT), knownVendors))));
            }
        }
        found.sort(Violation.BY_POSITION);
        return List.copyOf(found);
    }
}
