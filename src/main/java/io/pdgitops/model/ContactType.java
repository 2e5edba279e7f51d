package io.pdgitops.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The contact methods a repository may declare. Push notifications are left out on purpose: PagerDuty makes them when
 * the mobile app registers a device, so there is nothing to declare for one.
 */
public enum ContactType {
    EMAIL("email", "email_contact_method"),
    PHONE("phone", "phone_contact_method"),
    SMS("sms", "sms_contact_method");

    private final String yamlName;
    private final String apiType;

    ContactType(String yamlName, String apiType) {
        this.yamlName = yamlName;
        this.apiType = apiType;
    }

    public String yamlName() {
        return yamlName;
    }

    /** PagerDuty's {@code type} of the contact method; its references add {@code _reference}. */
    public String apiType() {
        return apiType;
    }

    public boolean isPhone() {
        return this != EMAIL;
    }

    public static Optional<ContactType> fromYamlName(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(name)).findFirst();
    }

    public static Optional<ContactType> fromApiType(String type) {
        String plain = type.endsWith("_reference") ? type.substring(0, type.length() - "_reference".length()) : type;
        return Arrays.stream(values()).filter(value -> value.apiType.equals(plain)).findFirst();
    }
}
