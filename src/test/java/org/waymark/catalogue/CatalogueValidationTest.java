package org.waymark.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.testing.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One broken fixture per failure mode: the minimal catalogue with a single edit. Every problem must
 * name the file, the path inside it and what is wrong.
 */
class CatalogueValidationTest {

    private static final Path MINIMAL = Path.of("src/test/resources/catalogue-fixtures/minimal");
    private static final String VERSION = "catalogues/mini/1.0.0/";

    @TempDir
    Path copy;

    @Test
    void acceptsTheMinimalFixture() throws IOException {
        copyFixture();
        assertThat(CatalogueReader.read(CatalogueFiles.directory(copy), "mini", "1.0.0").indicators()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken YAML                     | indicators.yaml    | 'strength: {adult-labour: S}'             | 'strength: {adult-labour: S'                 | indicators.yaml    | line         | not valid YAML
            missing required field          | indicators.yaml    | '    phase: destination\n    strength: {adult-labour: S}\n    forcedLabour: []' | '    phase: destination\n    forcedLabour: []' | indicators.yaml | indicators[1] | required property 'strength'
            duplicate indicator id          | indicators.yaml    | 'id: d4.long-hours'                       | 'id: d1.deceived'                            | indicators.yaml    | indicators[1].id | duplicate indicator id
            unknown strength code           | indicators.yaml    | 'strength: {adult-labour: S}\n    forcedLabour: [coe' | 'strength: {adult-labour: X}\n    forcedLabour: [coe' | indicators.yaml | strength.adult-labour | enumeration
            unknown profile in a strength   | indicators.yaml    | 'strength: {adult-labour: S}\n    forcedLabour: [coe' | 'strength: {adult-labour: S, elderly: M}\n    forcedLabour: [coe' | indicators.yaml | strength.elderly | unknown profile
            unknown dimension               | indicators.yaml    | 'dimension: D5'                           | 'dimension: D9'                              | indicators.yaml    | indicators[d5.documents-taken].dimension | unknown dimension
            phase not the dimension's       | indicators.yaml    | '    dimension: D5\n    phase: destination' | '    dimension: D5\n    phase: recruitment' | indicators.yaml | indicators[d5.documents-taken].phase | is RECRUITMENT but D5 is DESTINATION
            unknown forced-labour item      | indicators.yaml    | 'forcedLabour: [coe.withholding-documents]' | 'forcedLabour: [coe.made-up]'              | indicators.yaml    | indicators[d5.documents-taken].forcedLabour | unknown forced-labour item
            folder and version disagree     | catalogue.yaml     | 'version: 1.0.0'                          | 'version: 1.0.1'                             | catalogue.yaml     | version      | but the folder says
            combination on unknown dimension| catalogue.yaml     | '{dimension: D5}]}'                       | '{dimension: D7}]}'                          | catalogue.yaml     | decisionRule.combinations[trafficking].when | unknown dimension
            unknown question in a checklist | checklists.yaml    | '- {id: d1.deceived}'                     | '- {id: d1.unheard-of}'                      | checklists.yaml    | questions[d1.unheard-of] | unknown question id
            condition on a later question   | checklists.yaml    | '{answer: ctx.works, in: ["YES"]}}\n      - {id: d5' | '{answer: d5.documents-taken, in: ["YES"]}}\n      - {id: d5' | checklists.yaml | questions[d4.long-hours].when | not asked before this question
            condition that never holds      | checklists.yaml    | '{id: d5.documents-taken, when: {answer: ctx.works, in: ["YES"]}}' | '{id: d5.documents-taken, when: {allOf: [{answer: ctx.works, in: ["YES"]}, {answer: ctx.works, in: ["NO"]}]}}' | checklists.yaml | questions[d5.documents-taken].when | unreachable
            an answer that is not one       | checklists.yaml    | 'in: ["YES"]}}\n      - {id: d5' | 'in: [MAYBE]}}\n      - {id: d5'             | checklists.yaml    | when.in[0]   | enumeration
            too many questions for triage   | checklists.yaml    | 'maxQuestions: 4'                         | 'maxQuestions: 3'                            | checklists.yaml    | checklists[short] | more than its maxQuestions
            missing interviewee question    | texts/en.yaml      | 'questions: ["Who has your passport?"]'   | 'questions: []'                              | texts/en.yaml      | indicators.d5.documents-taken.questions | at least 1
            missing officer help            | texts/en.yaml      | ', help: No passport'                     | ''                                           | texts/en.yaml      | indicators.d5.documents-taken | needs both prompt and help
            missing name                    | texts/en.yaml      | ', D5: Coercion}'                         | '}'                                          | texts/en.yaml      | D5           | missing name
            text for an unknown question    | texts/en.yaml      | 'context:'                                | '  d6.ghost: {prompt: x, help: y, questions: [z]}\ncontext:' | texts/en.yaml | d6.ghost | text for an unknown question
            missing language file           | catalogue.yaml     | 'interviewee: [en]'                       | 'interviewee: [en, uk]'                      | texts/uk.yaml      | ''           | file is missing
            """)
    void reportsFileAndPathOf(String mode, String file, String find, String replace, String expectedFile, String expectedPath, String expectedMessage)
            throws IOException {
        copyFixture();
        Path target = copy.resolve(VERSION + file);
        String content = Files.readString(target);
        String from = find.replace("\\n", "\n");
        assertThat(content).as("the fixture edit for '" + mode + "' must apply").contains(from);
        Files.writeString(target, content.replace(from, replace.replace("\\n", "\n")));

        InvalidCatalogueException failure = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueReader.read(CatalogueFiles.directory(copy), "mini", "1.0.0"));

        assertThat(failure).as(mode + " must be refused").isNotNull();
        assertThat(failure.problems()).as(failure.getMessage()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(VERSION + expectedFile);
            assertThat(problem.path()).contains(expectedPath);
            assertThat(problem.message()).contains(expectedMessage);
        });
    }

    @Test
    void readsABareYesAsTheAnswerYesNotAsTrue() throws IOException {
        copyFixture();
        Path checklists = copy.resolve(VERSION + "checklists.yaml");
        Files.writeString(checklists, Files.readString(checklists).replace("in: [\"YES\"]", "in: [YES]"));

        var catalogue = CatalogueReader.read(CatalogueFiles.directory(copy), "mini", "1.0.0");

        var conditions = catalogue.checklists().stream().flatMap(c -> c.items().stream()).map(i -> i.when())
                .filter(w -> w instanceof org.waymark.catalogue.model.Condition.AnswerIn).toList();
        assertThat(conditions).isNotEmpty().allSatisfy(w ->
                assertThat(((org.waymark.catalogue.model.Condition.AnswerIn) w).values()).contains(org.waymark.catalogue.model.Answer.YES));
    }

    @Test
    void refusesAChangedPublishedFile() throws IOException {
        copyFixture();
        String manifest = PublishedVersions.sha256(Files.readAllBytes(copy.resolve(VERSION + "indicators.yaml"))) + "  " + VERSION + "indicators.yaml\n";
        Files.writeString(copy.resolve(PublishedVersions.MANIFEST), manifest);
        CatalogueFiles files = CatalogueFiles.directory(copy);
        assertThat(PublishedVersions.read(files).verify(files)).extracting(CatalogueProblem::file)
                .containsExactlyInAnyOrder(VERSION + "catalogue.yaml", VERSION + "checklists.yaml", VERSION + "texts/en.yaml");

        Files.writeString(copy.resolve(VERSION + "indicators.yaml"), "\n# edited after publication\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(PublishedVersions.read(files).verify(files)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(VERSION + "indicators.yaml");
            assertThat(problem.message()).contains("was changed after it was published");
        });
    }

    private void copyFixture() throws IOException {
        TestFiles.copyTree(MINIMAL, copy);
    }
}
