package io.pdgitops.apply;

import io.pdgitops.model.Tagged;
import io.pdgitops.pagerduty.PagerDutyClient;
import io.pdgitops.pagerduty.dto.TagChange;
import io.pdgitops.pagerduty.dto.TagDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes an object's tags what the YAML lists, when it lists them, in one {@code change_tags} call: labels
 * missing are added by label (PagerDuty reuses the tag of that label, or creates it), tags not listed are
 * removed. Reads the current tags first, so after a crash a second run sends only what is still missing.
 * Tags no object uses any more stay in the account: other tools may use them.
 */
final class TagSync {

    private final PagerDutyClient client;

    TagSync(PagerDutyClient client) {
        this.client = client;
    }

    /** @param fresh the object is known to have no tags (just created), so they are not read */
    void sync(Tagged object, String entityType, String id, boolean fresh) {
        if (object.tags().isEmpty()) {
            return;
        }
        List<TagDto> current = fresh ? List.of() : client.tags().of(entityType, id);
        Set<String> wanted = lowerCase(object.tags().get());
        Set<String> present = lowerCase(current.stream().map(TagDto::label).toList());
        List<TagDto> add = new ArrayList<>();
        object.tags().get().stream()
                .filter(label -> !present.contains(label.toLowerCase(Locale.ROOT)))
                .forEach(label -> add.add(TagDto.labelled(label)));
        List<TagDto> remove = current.stream()
                .filter(tag -> !wanted.contains(tag.label().toLowerCase(Locale.ROOT)))
                .map(tag -> TagDto.reference(tag.id()))
                .toList();
        TagChange change = new TagChange(add, remove);
        if (!change.isEmpty()) {
            client.tags().change(entityType, id, change);
        }
    }

    private static Set<String> lowerCase(List<String> labels) {
        return labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
