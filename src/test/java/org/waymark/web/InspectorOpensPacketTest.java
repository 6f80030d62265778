package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", tried as a new labour inspector would: an officer records the workplace facts of a named
 * referral (the person consented) and refers it to the demo labour inspectorate; the inspector signs in, opens the
 * packet on the referral page with the inspectorate's demo key and reads from the page alone where, who employs, who
 * recruited, how many are affected, which evidence, what the worker wants and which provisions apply, in words in the
 * page's language, before the findings and the person.
 */
@MicronautTest
class InspectorOpensPacketTest extends BrowserTest {

    private static final Path KEY = Path.of("target/test-data/demo-partners/demo-labour-inspectorate-key.pem").toAbsolutePath();

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anInspectorReadsWhereWhoHowManyEvidenceWishesAndProvisionsFirstAndInWords() {
        Map<String, Object> referral = referWithWorkplaceFacts("en");

        openAsTheInspector(referral, false);

        assertThat(sections()).as("where and who first, then the legal frame, then the findings, then the rest")
                .startsWith("facts-reference", "facts-inspectorate", "facts-legal-frame", "facts-assessment", "facts-indicators");
        assertThat(sections().indexOf("facts-person")).isGreaterThan(sections().indexOf("facts-indicators"));
        assertThat(fact("Employer")).contains("Agro-Farm Testowy sp. z o.o.").contains("tax or registry no. 797-000-00-00");
        assertThat(fact("Workplace address(es)")).isEqualTo("Sady Testowe, 05-600 Grójec");
        assertThat(fact("Recruitment agency")).isEqualTo("Praca-Test Agency · PL · register no. (in Poland KRAZ) KRAZ 00000");
        assertThat(fact("Intermediary")).isEqualTo("unknown (asked, nobody knew)");
        assertThat(fact("Sector")).isEqualTo("agriculture");
        assertThat(fact("Number of others working in the same conditions")).isEqualTo("6");
        assertThat(fact("Minors among them")).isEqualTo("yes");
        assertThat(fact("Immediate danger to the person or others")).isEqualTo("no");
        assertThat(fact("What the person wants")).isEqualTo("to be paid the wages owed; to leave this work");
        assertThat(text("facts-inspectorate")).contains("Forced-labour items evidenced (ICLS 2018)")
                .contains("Work of a different nature than agreed (Involuntariness)")
                .contains("Чи робота, місце або роботодавець інші, ніж вам обіцяли? — Так");
        assertThat(text("facts-legal-frame")).contains("art. 218").contains("Status: to be verified by a lawyer");
        assertThat(text("facts-person")).contains("Nationality").contains("UA").contains("25-34").contains("female");
        assertThat(text("open-facts")).as("codes are shown in words")
                .doesNotContain("UNPAID_WAGES").doesNotContain("AGE_25_34").doesNotContain("AGRICULTURE").doesNotContain("HIGH");
        showTheFacts();
        screenshot("inspector-reads-the-packet");
    }

    @Test
    void onAPolishPageThePacketReadsInPolish() {
        Map<String, Object> referral = referWithWorkplaceFacts("pl");

        openAsTheInspector(referral, true);

        assertThat(sections()).startsWith("facts-reference", "facts-inspectorate", "facts-legal-frame", "facts-assessment");
        assertThat(fact("Pracodawca")).contains("Agro-Farm Testowy sp. z o.o.").contains("NIP lub nr w rejestrze 797-000-00-00");
        assertThat(fact("Adres(y) miejsca pracy")).isEqualTo("Sady Testowe, 05-600 Grójec");
        assertThat(fact("Agencja zatrudnienia")).isEqualTo("Praca-Test Agency · PL · nr w rejestrze (w Polsce KRAZ) KRAZ 00000");
        assertThat(fact("Branża")).isEqualTo("rolnictwo");
        assertThat(fact("Liczba innych osób pracujących w tych samych warunkach")).isEqualTo("6");
        assertThat(fact("Małoletni wśród nich")).isEqualTo("tak");
        assertThat(fact("Czego oczekuje osoba")).isEqualTo("otrzymać zaległe wynagrodzenie; odejść z tej pracy");
        assertThat(text("facts-inspectorate")).contains("Stwierdzone elementy pracy przymusowej (ICLS 2018)")
                .contains("Praca innego rodzaju niż uzgodniona (Niedobrowolność)");
        assertThat(text("facts-legal-frame")).contains("Kodeks karny, art. 218–221").contains("Status: do weryfikacji przez prawnika");
        assertThat(text("open-facts")).doesNotContain("UNPAID_WAGES").doesNotContain("Employer").doesNotContain("to be paid");
        showTheFacts();
        screenshot("inspector-reads-the-packet-polish");
    }

    /** A named referral (consent to the labour inspectorate) of a screening whose workplace facts the officer recorded. */
    private Map<String, Object> referWithWorkplaceFacts(String language) {
        ApiClient officer = OwnUnit.create(http).servedBy("demo-labour-inspectorate").officerAccount("inspected").api();
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("LABOUR_INSPECTORATE"));
        officer.putJson("/api/v1/screenings/" + screening + "/workplace", Map.of(
                "employer", Map.of("name", "Agro-Farm Testowy sp. z o.o.", "address", "ul. Polna 7, 05-600 Grójec", "registryNumber", "797-000-00-00"),
                "workplaces", List.of("Sady Testowe, 05-600 Grójec"),
                "agency", Map.of("name", "Praca-Test Agency", "country", "PL", "registryNumber", "KRAZ 00000"),
                "sector", "AGRICULTURE", "othersAffected", 6, "minorsAmongOthers", "YES", "immediateDanger", "NO",
                "wishes", List.of("UNPAID_WAGES", "TO_LEAVE"), "unknown", List.of("INTERMEDIARY")));
        String partner = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-labour-inspectorate".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        return officer.postJson("/api/v1/screenings/" + screening + "/referrals", Map.of("id", UUID.randomUUID().toString(),
                "partnerId", partner, "language", language));
    }

    private void openAsTheInspector(Map<String, Object> referral, boolean polish) {
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        if (polish) {
            browser.findElement(By.cssSelector("[data-lang=pl]")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-here")));
        browser.findElement(By.id("key-file")).sendKeys(KEY.toString());
        click("open-here-button");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-result")));
        assertThat(text("open-facts")).contains((String) referral.get("caseReference"));
    }

    private void showTheFacts() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('facts-inspectorate').scrollIntoView()");
    }

    /** The ids of the opened packet's sections, in the order the page shows them. */
    private List<String> sections() {
        return browser.findElements(By.cssSelector("#open-facts > section")).stream().map(s -> s.getAttribute("id")).toList();
    }

    /** What the labour inspectorate's section says beside {@code label}. */
    private String fact(String label) {
        WebElement value = browser.findElement(By.xpath("//section[@id='facts-inspectorate']//dt[normalize-space(.)='" + label
                + "']/following-sibling::dd[1]"));
        return value.getText().trim();
    }
}
