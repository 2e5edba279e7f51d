package io.pdgitops.export;

import io.pdgitops.diff.ResourceKey;
import io.pdgitops.model.BusinessService;
import io.pdgitops.model.DeclaredObject;
import io.pdgitops.model.ObjectKey;
import io.pdgitops.model.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps exported business services to the services and team the export holds. A supporting service or team that is
 * not exported (two PagerDuty objects share its name, say) would make the repository invalid, so it is left out of
 * the business service and reported instead: the business service still exports, without that one reference.
 */
final class BusinessServiceReferences {

    private BusinessServiceReferences() {
    }

    static void keepExported(Map<ObjectKey, DeclaredObject> candidates, List<UnexpressedSetting> leftOut) {
        candidates.replaceAll((key, object) -> object instanceof BusinessService business
                ? kept(business, candidates, leftOut) : object);
    }

    private static BusinessService kept(BusinessService business, Map<ObjectKey, DeclaredObject> candidates,
            List<UnexpressedSetting> leftOut) {
        ResourceKey key = ResourceKey.of(ObjectKey.of(business));
        Optional<String> team = business.team().filter(name -> candidates.containsKey(new ObjectKey(ObjectKind.TEAM, name)));
        business.team().filter(name -> team.isEmpty()).ifPresent(name -> leftOut.add(new UnexpressedSetting(key, "team",
                "not exported: the team `" + name + "` is not exported itself")));
        Optional<List<String>> supportedBy = business.supportedBy().map(names -> names.stream()
                .filter(name -> candidates.containsKey(new ObjectKey(ObjectKind.SERVICE, name))).toList());
        business.supportedBy().orElse(List.of()).stream()
                .filter(name -> !candidates.containsKey(new ObjectKey(ObjectKind.SERVICE, name)))
                .forEach(name -> leftOut.add(new UnexpressedSetting(key, "supported_by",
                        "not exported: the service `" + name + "` is not exported itself")));
        return new BusinessService(business.name(), business.description(), business.pointOfContact(), team,
                supportedBy.filter(names -> !names.isEmpty()), business.origin());
    }
}
