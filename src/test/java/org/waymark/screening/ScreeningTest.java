package org.waymark.screening;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.waymark.catalogue.model.Answer;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every state change of a screening, decided by the aggregate alone: no database, no crypto. */
class ScreeningTest {

    private static final Set<ToldItem> TOLD_ALL = EnumSet.of(ToldItem.PURPOSE, ToldItem.DATA_USE, ToldItem.RETENTION,
            ToldItem.RIGHT_OF_ACCESS, ToldItem.WITHDRAWAL);

    @Test
    void anInProgressScreeningTakesAnAnswerAtItsVersion() {
        assertThat(inProgress(3, Map.of()).recordAnswer("q1", Answer.YES, 3, () -> true)).isEqualTo(Screening.Answering.WRITE);
    }

    @Test
    void aCompletedScreeningTakesNoAnswerUntilReopened() {
        Screening completed = completed(4, Map.of("q1", Answer.YES));

        assertThatThrownBy(() -> completed.recordAnswer("q2", Answer.NO, 4, () -> false))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("screening.completed");
                    assertThat(e.current()).contains(new ScreeningState(completed.id(), 4, ScreeningStatus.COMPLETED, Map.of("q1", "YES")));
                });
    }

    @Test
    void anAnswerAtAStaleVersionIsRefusedWithTheCurrentState() {
        Screening screening = inProgress(5, Map.of("q1", Answer.YES));

        assertThatThrownBy(() -> screening.recordAnswer("q2", Answer.NO, 4, () -> false))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("screening.stale-version");
                    assertThat(e.current()).contains(screening.state());
                });
    }

    @Test
    void theSameAnswerWithTheSameNoteAgainIsARetryWhateverTheVersion() {
        Screening screening = inProgress(5, Map.of("q1", Answer.YES));

        assertThat(screening.recordAnswer("q1", Answer.YES, 4, () -> true)).isEqualTo(Screening.Answering.ALREADY_RECORDED);
        assertRefused(() -> screening.recordAnswer("q1", Answer.YES, 4, () -> false), "screening.stale-version");
    }

    @Test
    void aPurgedScreeningCanNoLongerChange() {
        Screening purged = new Screening(UUID.randomUUID(), 7, ScreeningStatus.COMPLETED, Minority.ADULT, true, Map.of());

        assertRefused(() -> purged.reopen("the prosecutor asked for a second look"), "screening.purged");
        assertRefused(() -> purged.consent(consent(ConsentPurpose.NGO_SUPPORT, TOLD_ALL, null)), "screening.purged");
        assertRefused(() -> purged.placeHold(false), "screening.purged");
    }

    @Test
    void completingAtTheCurrentVersionWritesAndARetryAfterItDoesNot() {
        assertThat(inProgress(2, Map.of()).complete(2)).isEqualTo(Screening.Completing.WRITE);
        assertThat(completed(3, Map.of()).complete(2)).isEqualTo(Screening.Completing.ALREADY_COMPLETED);
    }

    @Test
    void aScreeningIsCompletedOnlyOnce() {
        assertRefused(() -> completed(5, Map.of()).complete(2), "screening.completed");
        assertRefused(() -> inProgress(5, Map.of()).complete(4), "screening.stale-version");
    }

    @Test
    void reopeningNeedsAReason() {
        Screening completed = completed(4, Map.of());

        assertThatThrownBy(() -> completed.reopen("  oops    ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly("reason"));
        assertThatThrownBy(() -> completed.reopen(null)).isInstanceOf(InvalidInputException.class);
        assertThat(completed.reopen("  a missed answer about wages  ")).isEqualTo("a missed answer about wages");
    }

    @Test
    void onlyACompletedScreeningIsReopened() {
        assertThatThrownBy(() -> inProgress(1, Map.of()).reopen("a missed answer about wages"), "screening.not-completed");
    }

    @Test
    void aScreeningWithAnswersCannotBeDiscarded() {
        assertRefused(() -> inProgress(1, Map.of("q1", Answer.NO)).discard(), "screening.has-answers");
        assertRefused(() -> completed(1, Map.of()).discard(), "screening.has-answers");
    }

    @Test
    void aScreeningWithNothingRecordedCanBeDiscarded() {
        assertThatCode(() -> inProgress(0, Map.of()).discard()).doesNotThrowAnyException();
    }

    @Test
    void consentCountsOnlyWhenThePersonWasToldEverythingRequired() {
        Screening screening = inProgress(0, Map.of());
        Set<ToldItem> withoutWithdrawal = EnumSet.copyOf(TOLD_ALL);
        withoutWithdrawal.remove(ToldItem.WITHDRAWAL);

        assertThatThrownBy(() -> screening.consent(consent(ConsentPurpose.NGO_SUPPORT, withoutWithdrawal, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("told"));
        assertThatThrownBy(() -> screening.consent(consent(ConsentPurpose.RESEARCH, TOLD_ALL, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).reason()).contains("RESEARCH_USE"));
        assertThatCode(() -> screening.consent(consent(ConsentPurpose.NGO_SUPPORT, TOLD_ALL, null))).doesNotThrowAnyException();
    }

    @Test
    void aMinorsConsentNeedsWhoRepresentedThem() {
        Screening child = new Screening(UUID.randomUUID(), 0, ScreeningStatus.IN_PROGRESS, Minority.PRESUMED_MINOR, false, Map.of());

        assertThatThrownBy(() -> child.consent(consent(ConsentPurpose.NGO_SUPPORT, TOLD_ALL, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("representative"));
        assertThatCode(() -> child.consent(consent(ConsentPurpose.NGO_SUPPORT, TOLD_ALL, "guardian"))).doesNotThrowAnyException();
        assertThatCode(() -> child.consent(new RecordConsent(ConsentPurpose.NGO_SUPPORT, ConsentStatus.REFUSED, Set.of(), null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aHoldIsPlacedOnceAndReleasedOnlyWhenInPlace() {
        Screening screening = completed(3, Map.of());

        assertThatThrownBy(() -> screening.placeHold(true), "screening.already-held");
        assertRefused(() -> screening.releaseHold(false), "screening.not-held");
        assertThatCode(() -> screening.placeHold(false)).doesNotThrowAnyException();
        assertThatCode(() -> screening.releaseHold(true)).doesNotThrowAnyException();
    }

    @Test
    void theStateAConflictCarriesHoldsAnswerCodesInTheOrderGiven() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q2", Answer.DECLINED);
        answers.put("q1", Answer.YES);

        assertThat(inProgress(2, answers).state().answers()).containsExactly(Map.entry("q2", "DECLINED"), Map.entry("q1", "YES"));
    }

    private static void assertRefused(ThrowingCallable change, String code) {
        assertThatThrownBy(change).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static RecordConsent consent(ConsentPurpose purpose, Set<ToldItem> told, String representative) {
        return new RecordConsent(purpose, ConsentStatus.GIVEN, told, representative);
    }

    private static Screening inProgress(long version, Map<String, Answer> answers) {
        return new Screening(UUID.randomUUID(), version, ScreeningStatus.IN_PROGRESS, Minority.ADULT, false, answers);
    }

    private static Screening completed(long version, Map<String, Answer> answers) {
        return new Screening(UUID.randomUUID(), version, ScreeningStatus.COMPLETED, Minority.ADULT, false, answers);
    }
}
