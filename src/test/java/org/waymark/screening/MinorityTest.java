package org.waymark.screening;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for whether a screened person is a minor, and the profile it chooses. */
class MinorityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aPersonBornLessThan18YearsAgoIsAMinor() {
        assertThat(Minority.at(AgeBand.UNKNOWN, TODAY.minusYears(18).plusDays(1), false, TODAY)).isEqualTo(Minority.MINOR);
        assertThat(Minority.at(AgeBand.UNKNOWN, TODAY.minusYears(18), false, TODAY)).isEqualTo(Minority.ADULT);
    }

    @Test
    void aKnownDateOfBirthWinsOverTheAgeBand() {
        assertThat(Minority.at(AgeBand.UNDER_18, TODAY.minusYears(30), false, TODAY)).isEqualTo(Minority.ADULT);
        assertThat(Minority.at(AgeBand.AGE_18_24, TODAY.minusYears(10), false, TODAY)).isEqualTo(Minority.MINOR);
    }

    @Test
    void withoutADateOfBirthTheAgeBandUnder18MakesAMinor() {
        assertThat(Minority.at(AgeBand.UNDER_18, null, false, TODAY)).isEqualTo(Minority.MINOR);
        assertThat(Minority.at(AgeBand.AGE_18_24, null, false, TODAY)).isEqualTo(Minority.ADULT);
    }

    @Test
    void signsOfMinorityWithAnUnknownAgeMakeAPresumedMinor() {
        assertThat(Minority.at(AgeBand.UNKNOWN, null, true, TODAY)).isEqualTo(Minority.PRESUMED_MINOR);
        assertThat(Minority.at(AgeBand.UNKNOWN, null, false, TODAY)).isEqualTo(Minority.ADULT);
        assertThat(Minority.at(AgeBand.AGE_25_34, null, true, TODAY).isMinor()).isFalse();
        assertThat(Minority.at(AgeBand.UNKNOWN, TODAY.minusYears(40), true, TODAY)).isEqualTo(Minority.ADULT);
    }

    @Test
    void aMinorKnownOrPresumedGetsTheChildProfileOfTheChosenExploitation() {
        assertThat(Minority.PRESUMED_MINOR.profile(Exploitation.SEXUAL)).isEqualTo("child-sexual");
        assertThat(Minority.MINOR.profile(Exploitation.LABOUR)).isEqualTo("child-labour");
        assertThat(Minority.ADULT.profile(Exploitation.LABOUR)).isEqualTo("adult-labour");
    }

    @Test
    void aStoredProfileAndPresumptionGiveBackTheMinority() {
        for (Minority minority : Minority.values()) {
            assertThat(Minority.ofProfile(minority.profile(Exploitation.LABOUR), minority.presumed())).isEqualTo(minority);
        }
        assertThat(Minority.ofProfile("child-sexual").isMinor()).isTrue();
        assertThat(Minority.ofProfile("adult-sexual").isMinor()).isFalse();
    }
}
