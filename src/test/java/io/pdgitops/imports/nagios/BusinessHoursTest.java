package io.pdgitops.imports.nagios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static BusinessHours of(String body) throws NagiosConfigException {
        NagiosInventory inventory = NagiosConfig.parse(List.of(new NagiosSource("periods.cfg",
                "define timeperiod {\n    timeperiod_name p\n" + body + "}\n")), new ArrayList<>());
        return BusinessHours.of(inventory.people().timeperiods().get("p"));
    }

    @Test
    void theSameRangeOnSomeWeekdaysIsBusinessHours() throws NagiosConfigException {
        BusinessHours hours = of("    monday 09:00-17:30\n    wednesday 09:00-17:30\n    friday 09:00 - 17:30\n");

        assertThat(hours.reason()).isEmpty();
        assertThat(hours.always()).isFalse();
        assertThat(hours.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(hours.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(hours.end()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void everyWholeDayIsAlwaysAndNeedsNothing() throws NagiosConfigException {
        StringBuilder week = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.append("    ").append(day.name().toLowerCase()).append(" 00:00-24:00\n");
        }

        assertThat(of(week.toString()).always()).isTrue();
    }

    @Test
    void whatSupportHoursCannotHoldIsReportedAtItsLine() throws NagiosConfigException {
        assertThat(of("    monday 09:00-17:00\n    exclude holidays\n").reason().orElseThrow().toString())
                .startsWith("periods.cfg:4: ").contains("excludes `holidays`");
        assertThat(of("    monday 09:00-17:00\n    december 25 00:00-24:00\n").reason().orElseThrow().toString())
                .startsWith("periods.cfg:4: ").contains("date exception `december 25`");
        assertThat(of("    monday 00:00-09:00,17:00-24:00\n").reason().orElseThrow().toString())
                .startsWith("periods.cfg:3: ").contains("several ranges on monday");
        assertThat(of("    monday 09:00-17:00\n    saturday 10:00-12:00\n").reason().orElseThrow().message())
                .contains("different hours on different days (09:00-17:00, 10:00-12:00)");
        assertThat(of("    monday 00:00-24:00\n").reason().orElseThrow().message()).contains("ends at 24:00");
        assertThat(of("").reason().orElseThrow().message()).contains("no time at all");
    }
}
