package org.waymark.identity.web;

import org.junit.jupiter.api.Test;
import org.waymark.identity.PlaceType;
import org.waymark.referral.AnswerJointInspection;
import org.waymark.referral.JointInspection;
import org.waymark.screening.ConsentPurpose;
import org.waymark.screening.ConsentStatus;
import org.waymark.screening.RecordConsent;
import org.waymark.screening.ToldItem;
import org.waymark.shared.InvalidInputException.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A posted page form read into the API's record for the same act, by each component's name and type. */
class FormRecordsTest {

    @Test
    void readsEachFieldIntoTheComponentOfItsNameAndType() {
        UUID region = UUID.randomUUID();

        FormRecords.Read<AdminViews.CreateUnit> read = FormRecords.read(Map.of("_csrf", "token", "code", List.of("airport-south"),
                "name", "Airport South", "regionId", region.toString(), "placeType", "AIRPORT"), AdminViews.CreateUnit.class);

        assertThat(read.unreadable()).isEmpty();
        assertThat(read.record()).isEqualTo(new AdminViews.CreateUnit("airport-south", "Airport South", region, PlaceType.AIRPORT));
    }

    @Test
    void aValueNotOfItsFieldsTypeIsRefusedOnThatFieldWithoutRepeatingTheValue() {
        FormRecords.Read<AdminViews.CreateUnit> read = FormRecords.read(Map.of("code", "airport-south", "name", "Airport South",
                "regionId", "Kraków secret", "placeType", "MOON BASE"), AdminViews.CreateUnit.class);

        assertThat(read.unreadable()).extracting(Violation::field).containsExactly("regionId", "placeType");
        assertThat(read.unreadable()).extracting(Violation::reason).noneMatch(r -> r.contains("secret") || r.contains("MOON"))
                .contains("must be a UUID");
        assertThat(read.record().name()).as("the other fields are still read").isEqualTo("Airport South");
        assertThat(read.record().regionId()).isNull();
    }

    @Test
    void aMissingFieldIsLeftAbsentForTheRecordsConstraintsToRefuse() {
        FormRecords.Read<AdminViews.CreateUnit> read = FormRecords.read(Map.of("code", "airport-south"), AdminViews.CreateUnit.class);

        assertThat(read.unreadable()).isEmpty();
        assertThat(read.record()).isEqualTo(new AdminViews.CreateUnit("airport-south", null, null, null));
    }

    @Test
    void ticksOfARepeatedFieldBecomeASetAndNoneTickedIsAnEmptyOne() {
        RecordConsent ticked = FormRecords.read(Map.of("purpose", "NGO_SUPPORT", "status", "GIVEN",
                "told", List.of("PURPOSE", "DATA_USE")), RecordConsent.class).record();
        RecordConsent none = FormRecords.read(Map.of("purpose", "NGO_SUPPORT", "status", "REFUSED"), RecordConsent.class).record();

        assertThat(ticked).isEqualTo(new RecordConsent(ConsentPurpose.NGO_SUPPORT, ConsentStatus.GIVEN,
                java.util.Set.of(ToldItem.PURPOSE, ToldItem.DATA_USE), null));
        assertThat(none.told()).isEmpty();
    }

    @Test
    void aBlankFieldIsAbsentAndADateIsReadAsYearMonthDay() {
        AnswerJointInspection answer = FormRecords.read(Map.of("answer", "AGREED", "date", "2026-12-09", "reason", "  "),
                AnswerJointInspection.class).record();

        assertThat(answer).isEqualTo(new AnswerJointInspection(JointInspection.AGREED, LocalDate.of(2026, 12, 9), null));
        assertThat(FormRecords.read(Map.of("answer", "AGREED", "date", "9.12.2026"), AnswerJointInspection.class).unreadable())
                .containsExactly(new Violation("date", "must be a date, year-month-day"));
    }
}
