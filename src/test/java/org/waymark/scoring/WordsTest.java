package org.waymark.scoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The explanation's fixed words come from one message bundle, complete in both officer languages. */
class WordsTest {

    @Test
    void everyWordOfTheExplanationIsInBothLanguages() throws IOException {
        assertThat(bundle("explanation_pl.properties").stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(bundle("explanation.properties").stringPropertyNames());
    }

    @Test
    void anOfficerReadsTheirLanguageWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl"));
            assertThat(Words.of("en").word("outcome")).isEqualTo("Outcome");
            assertThat(Words.of("pl").word("outcome")).isEqualTo("Wynik");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anIdWithoutWordsPrintsAsItself() {
        assertThat(Words.of("pl").label("LABOUR_INSPECTORATE")).isEqualTo("Państwowa Inspekcja Pracy");
        assertThat(Words.of("pl").label("some-new-rule")).isEqualTo("some-new-rule");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordsTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
