package io.pdgitops.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers written the international way split into PagerDuty's country code and national digits. */
class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "'+81 3-1234-5678', 81, 312345678",
            "'+1 (555) 010-0199', 1, 5550100199",
            "'+353 1.234.5678', 353, 12345678",
            "' +44 20 7946 0958 ', 44, 2079460958"})
    void splitsTheCountryCodeFromTheDigitsOfTheNumber(String written, int countryCode, String number) {
        PhoneNumber phone = PhoneNumber.parse(written).orElseThrow();

        assertThat(phone.countryCode()).isEqualTo(countryCode);
        assertThat(phone.number()).isEqualTo(number);
        assertThat(PhoneNumber.parse(phone.written())).contains(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "+81312345678", "+081 3-1234-5678", "+1234 5678901", "+81 123",
            "+81 3-1234-5678-9012-3456", "+81 ", "+81 3-1234-567x"})
    void refusesANumberWithoutACountryCodeOrWithTooFewOrTooManyDigits(String written) {
        assertThat(PhoneNumber.parse(written)).isEmpty();
    }
}
