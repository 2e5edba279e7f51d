package io.pdgitops.pagerduty.dto;

/**
 * A user's contact method, as read and as sent (PagerDuty ignores the read-only {@code id} and {@code summary} on
 * writes). Inside a user read without {@code include[]=contact_methods} only {@code id}, {@code type} and
 * {@code summary} are set.
 *
 * @param type {@code email_contact_method}, {@code phone_contact_method}, {@code sms_contact_method}, or one
 *     pd-gitops does not declare (push, WhatsApp); a reference's type ends in {@code _reference}
 * @param address an email address, or a phone number's national digits
 * @param countryCode the calling code of a phone or SMS number; null for email
 */
@PagerDutyObject
public record ContactMethodDto(String id, String type, String summary, String label, String address,
        Integer countryCode) {

    /** A body to create or change a contact method. */
    public static ContactMethodDto write(String type, String label, String address, Integer countryCode) {
        return new ContactMethodDto(null, type, null, label, address, countryCode);
    }

    /** The reference rules use to name this contact method. */
    public Reference reference() {
        String kind = type.endsWith("_reference") ? type : type + "_reference";
        return new Reference(id, kind, null);
    }
}
