package org.waymark.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** What to ask next given the answers so far, in the officer's and the interviewee's language. */
@Serdeable
public record NextQuestions(UUID screening, long version, boolean complete, int answered, int applicable, List<Question> next) {

    /**
     * One question: the officer's prompt and help, and the words to say or show to the person. {@code audience} is
     * {@code interviewee} (asked) or {@code officer} (an observation the officer records; never shown to the person,
     * so it has no words for them); {@code countsWhen} is the answer that means its evidence is present.
     */
    @Serdeable
    public record Question(String id, @Nullable String dimension, @Nullable String phase, String officerLanguage,
                           @Nullable String prompt, @Nullable String help, String intervieweeLanguage, List<String> intervieweeQuestions,
                           String audience, String countsWhen) {

        public boolean observation() {
            return "officer".equals(audience);
        }
    }
}
