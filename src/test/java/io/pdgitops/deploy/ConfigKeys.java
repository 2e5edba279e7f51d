package io.pdgitops.deploy;

import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration keys the application reads, derived from its {@code @ConfigMapping} interfaces (method names in
 * kebab case, nested interfaces as sub-prefixes) and {@code application.properties}, and their environment
 * variable names as MicroProfile Config maps them (upper case, every other character an underscore).
 */
final class ConfigKeys {

    private ConfigKeys() {
    }

    static Set<String> ofMapping(String prefix, Class<?> mapping) {
        Set<String> keys = new TreeSet<>();
        for (Method method : mapping.getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String key = prefix + "." + (named != null ? named.value() : kebab(method.getName()));
            Class<?> value = valueType(method.getGenericReturnType());
            if (value.isInterface() && value.getName().startsWith("io.pdgitops")) {
                keys.addAll(ofMapping(key, value));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    static Set<String> ofProperties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConfigKeys.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> keys.add(key.startsWith("%") ? key.substring(
                key.indexOf('.') + 1) : key));
        return keys;
    }

    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == java.util.Optional.class) {
            return valueType(parameterized.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
