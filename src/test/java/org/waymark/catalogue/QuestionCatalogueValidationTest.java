package org.waymark.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.catalogue.model.Answer;
import org.waymark.testing.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Catalogues with declared questions (2.0.0 on): one bad fixture per way a question can be wrong, each refused with its file and path. */
class QuestionCatalogueValidationTest {

    private static final Path MINIMAL = Path.of("src/test/resources/catalogue-fixtures/minimal2");
    private static final String VERSION = "catalogues/mini/2.0.0/";

    @TempDir
    Path copy;

    @Test
    void acceptsTheMinimalFixtureAndReadsItsPolarity() throws IOException {
        TestFiles.copyTree(MINIMAL, copy);
        var catalogue = CatalogueReader.read(CatalogueFiles.directory(copy), "mini", "2.0.0");
        assertThat(catalogue.questionsDeclared()).isTrue();
        assertThat(catalogue.question("q.d4.days-off").orElseThrow().presentWhen()).isEqualTo(Answer.NO);
        assertThat(catalogue.texts().get("en").review()).hasValueSatisfying(r -> assertThat(r.nativeSpeaker()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            question without polarity       | questions.yaml  | 'presentWhen: "NO", indicators: [d4'      | 'indicators: [d4'                            | questions.yaml  | questions[2] | required property 'presentWhen'
            polarity that is not an answer  | questions.yaml  | 'presentWhen: "NO"'                       | 'presentWhen: "UNKNOWN"'                     | questions.yaml  | presentWhen  | enumeration
            one answer as both ICLS sides   | questions.yaml  | '[fl.deception, inv.unfree-recruitment]'  | '[inv.unfree-recruitment, coe.withholding-documents]' | questions.yaml | questions[q.d1.lied-to].forcedLabour | two different answers
            unknown indicator as evidence   | questions.yaml  | 'indicators: [d1.deceived]'               | 'indicators: [d1.made-up]'                   | questions.yaml  | questions[q.d1.lied-to].indicators | unknown indicator
            indicator no question asks      | questions.yaml  | 'indicators: [d4.long-hours], forcedLabour: []}' | 'indicators: [], forcedLabour: []}' | questions.yaml  | questions    | no question evidences indicator 'd4.long-hours'
            observation worded for a person | texts/en.yaml   | '{prompt: "Someone else holds'            | '{asked: "Is it you?", prompt: "Someone else holds' | texts/en.yaml | o.no-documents.asked | never worded for the interviewee
            answer key in the question      | texts/en.yaml   | '"Do you get a day off each week?"'       | '"Do you get a day off each week? Yes = no day off"' | texts/en.yaml | q.d4.days-off.asked | answer key
            parentheses in the question     | texts/en.yaml   | '"Do you get a day off each week?"'       | '"Do you get a day off (rest) each week?"'   | texts/en.yaml   | q.d4.days-off.asked | parentheses
            two questions in one            | texts/en.yaml   | '"Do you get a day off each week?"'       | '"Do you rest? Do you get a day off each week?"' | texts/en.yaml | q.d4.days-off.asked | one question
            question too long               | texts/en.yaml   | '"Do you get a day off each week?"'       | '"Do you get a day off each week, every week, all year, in every season, in every place you work, whoever the employer is, whatever the job?"' | texts/en.yaml | q.d4.days-off.asked | characters
            person question without words   | texts/en.yaml   | '{asked: "Do you get a day off each week?", help' | '{help'                               | texts/en.yaml   | q.d4.days-off.asked | words put to the interviewee
            rule on an unknown question     | catalogue.yaml  | '{fact: q.act.recruited}'                 | '{fact: q.act.unknown}'                      | catalogue.yaml  | combinations[trafficking].when | unknown question
            more questions than the limit   | checklists.yaml | 'maxQuestions: 4'                         | 'maxQuestions: 3'                            | checklists.yaml | checklists[short] | puts 4 questions to the person
            """)
    void refusesAndSaysWhere(String mode, String file, String find, String replace, String expectedFile, String expectedPath, String expectedMessage)
            throws IOException {
        TestFiles.copyTree(MINIMAL, copy);
        Path target = copy.resolve(VERSION + file);
        String content = Files.readString(target);
        assertThat(content).as("the fixture edit for '" + mode + "' must apply").contains(find);
        Files.writeString(target, content.replace(find, replace));

        InvalidCatalogueException failure = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueReader.read(CatalogueFiles.directory(copy), "mini", "2.0.0"));

        assertThat(failure).as(mode + " must be refused").isNotNull();
        assertThat(failure.problems()).as(failure.getMessage()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(VERSION + expectedFile);
            assertThat(problem.path()).contains(expectedPath);
            assertThat(problem.message()).contains(expectedMessage);
        });
    }
}
