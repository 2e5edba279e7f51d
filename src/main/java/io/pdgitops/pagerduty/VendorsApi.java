package io.pdgitops.pagerduty;

import io.pdgitops.pagerduty.dto.VendorDto;
import java.util.List;
import java.util.Optional;

/** {@code /vendors}. PagerDuty cannot filter vendors by name, so the whole list is read and matched here. */
public final class VendorsApi {

    private final Entities entities;

    VendorsApi(Entities entities) {
        this.entities = entities;
    }

    public List<VendorDto> list() {
        return entities.getAll(ApiPath.of("/vendors"), Query.none(), "vendors", VendorDto.class, VendorDto::id);
    }

    /** The vendor named {@code name}, ignoring case (e.g. "nagios" finds "Nagios"). */
    public Optional<VendorDto> findByName(String name) {
        return list().stream().filter(vendor -> name.equalsIgnoreCase(vendor.name())).findFirst();
    }
}
