package io.pdgitops.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as PagerDuty stores it: a country calling code and the national number in digits. People write it
 * the international way, {@code +81 3-1234-5678}: a plus, the country code, a space, then the number with spaces,
 * dashes, dots or brackets as they like. The space is what says where the country code ends, since codes have one
 * to three digits and no prefix of one is another's rule a parser can rely on.
 *
 * @param countryCode 1 to 3 digits, not starting with 0 (PagerDuty accepts 1 to 1999)
 * @param number the national number, digits only
 */
public record PhoneNumber(int countryCode, String number) {

    private static final Pattern WRITTEN = Pattern.compile("\\+([1-9][0-9]{0,2}) ([0-9(][0-9 ().-]*[0-9])");
    /** E.164: at most 15 digits with the country code. */
    private static final int MAX_DIGITS = 15;
    private static final int MIN_NATIONAL_DIGITS = 4;

    /** Empty when {@code written} is not {@code +<country code> <number>} or has too few or too many digits. */
    public static Optional<PhoneNumber> parse(String written) {
        Matcher matcher = WRITTEN.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2).replaceAll("[^0-9]", "");
        int total = matcher.group(1).length() + digits.length();
        if (digits.length() < MIN_NATIONAL_DIGITS || total > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(Integer.parseInt(matcher.group(1)), digits));
    }

    /** How the number is written back: {@code +81 312345678}. */
    public String written() {
        return "+" + countryCode + " " + number;
    }
}
