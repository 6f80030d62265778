package org.waymark.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package borders of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.waymark");
    }

    @Test
    void scoringCoreIsPureJava() {
        noClasses().that().resideInAPackage("org.waymark.scoring")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta.inject..", "java.sql..", "javax.sql..", "java.io..", "java.nio.file..",
                        "java.net..", "org.bouncycastle..", "org.apache.pdfbox..", "org.slf4j..")
                .because("the scoring engine is a pure function: no framework, no I/O")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void scoringReadsNoClockAndDrawsNoRandomness() {
        noClasses().that().resideInAPackage("org.waymark.scoring")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyCryptoImportsBouncyCastle() {
        noClasses().that().resideOutsideOfPackage("org.waymark.crypto..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(classes);
    }

    @Test
    void onlyPdfImportsPdfBox() {
        noClasses().that().resideOutsideOfPackage("org.waymark.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void domainCoresStayFreeOfTheFramework() {
        noClasses().that().resideInAnyPackage("org.waymark.catalogue.model..", "org.waymark.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void statisticsNeverReadPersons() {
        noClasses().that().resideInAPackage("org.waymark.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.waymark.screening..", "org.waymark.referral.persistence..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.waymark.crypto.PersonalDataCipher")
                .because("statistics read only the de-identified views, never a screening, its personal data or a packet")
                .check(classes);
    }

    @Test
    void scoringNeverCallsTheCapabilitiesThatHoldCases() {
        noClasses().that().resideInAPackage("org.waymark.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.waymark.screening..", "org.waymark.referral..", "org.waymark.audit..", "org.waymark.identity..")
                .because("the engine scores answers it is given; it never looks a case, a person or an officer up")
                .check(classes);
    }

    @Test
    void cryptoAndPdfKnowNoDomain() {
        noClasses().that().resideInAnyPackage("org.waymark.crypto..", "org.waymark.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.waymark.catalogue..", "org.waymark.scoring..",
                        "org.waymark.screening..", "org.waymark.referral..", "org.waymark.identity..", "org.waymark.audit..",
                        "org.waymark.stats..", "org.waymark.signing..", "org.waymark.retention..", "org.waymark.demo..")
                .because("sealing, hashing and printing work on bytes and documents, whatever case they carry")
                .check(classes);
    }

    @Test
    void nobodyReachesIntoAnotherCapabilitysPersistence() {
        List<String> capabilities = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.matches("org\\.waymark\\.[a-z]+\\.persistence")).map(name -> name.split("\\.")[2])
                .filter(capability -> !capability.equals("identity")).distinct().sorted().toList(); // identity: the rule below
        assertThat(capabilities).as("every capability that keeps rows, found from the code").contains("screening", "referral", "training", "workplace");
        for (String capability : capabilities) {
            noClasses().that().resideOutsideOfPackage("org.waymark." + capability + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.waymark." + capability + ".persistence..")
                    .check(classes);
        }
    }

    @Test
    void onlyIdentityAndTheDemoAccountsReachIntoIdentitysPersistence() {
        noClasses().that().resideOutsideOfPackages("org.waymark.identity..")
                .and().haveNameNotMatching("org\\.waymark\\.demo\\.\\$?DemoIdentity\\b.*")
                .should().dependOnClassesThat().resideInAPackage("org.waymark.identity.persistence..")
                .because("the demo accounts need stable ids and the published demo password, which no act of identity gives")
                .check(classes);
    }

    @Test
    void everyRepositoryAndStoredRowLivesInAPersistencePackageAndIsNamedSo() {
        classes().that().areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
                .should().resideInAPackage("..persistence").andShould().haveSimpleNameEndingWith("Row")
                .check(classes);
        classes().that().areAnnotatedWith("io.micronaut.data.jdbc.annotation.JdbcRepository")
                .should().resideInAPackage("..persistence").andShould().haveSimpleNameEndingWith("Rows")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage("org.waymark.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.waymark.demo..")
                .check(classes);
    }

    @Test
    void settingsAreReadThroughConfigurationRecordsNotValueInjection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.context.annotation.Value")
                .because("each area reads its waymark.* keys through one validated @ConfigurationProperties record")
                .check(classes);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("org.waymark.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void capabilitiesReachTheDatabasePlatformOnlyThroughTheAdvisoryLockRegistry() {
        noClasses().that().resideOutsideOfPackage("org.waymark.platform..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.waymark.platform.database..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AdvisoryLocks"))))
                .allowEmptyShould(true)
                .check(classes);
    }
}
