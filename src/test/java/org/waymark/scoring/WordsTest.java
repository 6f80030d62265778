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
    void aCountTakesItsPolishPluralForm() {
        assertThat(java.util.stream.IntStream.of(1, 2, 4, 5, 12, 14, 21, 22, 25, 0).mapToObj(n -> n + " " + Words.of("pl").counted("strong", n)))
                .containsExactly("1 silny", "2 silne", "4 silne", "5 silnych", "12 silnych", "14 silnych", "21 silnych", "22 silne",
                        "25 silnych", "0 silnych");
        assertThat(Words.of("pl").counted("mediumOrWeak", 3)).isEqualTo("średnie lub słabe");
        assertThat(String.format(Words.of("pl").counted("andMore", 9), 9)).isEqualTo("i 9 innych");
        assertThat(Words.of("en").counted("strong", 2)).isEqualTo("strong");
        assertThat(String.format(Words.of("en").counted("andMore", 3), 3)).isEqualTo("and 3 more");
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
