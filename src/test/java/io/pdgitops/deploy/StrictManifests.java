package io.pdgitops.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest with the fabric8 Kubernetes model, strictly: the model keeps fields it does not know in
 * {@code additionalProperties} instead of failing, so every object of the result is searched for them, which is
 * where a misspelt or misplaced field ends up.
 */
final class StrictManifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictManifests() {
    }

    static HasMetadata read(Path manifest) throws IOException {
        Object parsed = SERIALIZATION.unmarshal(Files.readString(manifest));
        if (!(parsed instanceof HasMetadata resource)) {
            throw new IllegalArgumentException(manifest + ": not one Kubernetes object");
        }
        List<String> unknown = new ArrayList<>();
        collectUnknown(resource, resource.getKind(), unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(manifest + ": fields the Kubernetes model does not know: " + unknown);
        }
        return resource;
    }

    private static void collectUnknown(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> || node == null || !node.getClass().getName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                collectUnknown(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
