package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's pages in headless Chromium: regions, units, users, partner keys and catalogue versions. */
@MicronautTest
class AdminPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anAdministratorCreatesARegionAUnitAndAnOfficer() {
        signIn("admin");
        browser.findElement(By.id("region-code")).sendKeys("north");
        browser.findElement(By.id("region-name")).sendKeys("Region North");
        click("create-region");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
        assertThat(text("region-list")).contains("north — Region North");

        browser.findElement(By.id("unit-code")).sendKeys("north-port");
        browser.findElement(By.id("unit-name")).sendKeys("North sea port");
        new Select(browser.findElement(By.id("unit-region"))).selectByVisibleText("north");
        new Select(browser.findElement(By.id("unit-place"))).selectByValue("SEA_PORT");
        click("create-unit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
        assertThat(text("unit-table")).contains("north-port").contains("Sea port");

        browser.findElement(By.id("username")).sendKeys("officer.north");
        new Select(browser.findElement(By.id("role"))).selectByValue("OFFICER");
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText("north-port");
        browser.findElement(By.id("password")).sendKeys("a-long-enough-password");
        click("create-user");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
        assertThat(text("user-table")).contains("officer.north").contains("north-port");
        screenshot("admin-created");


        // the new officer's first sign-in: the administrator's password only leads to choosing their own
        click("sign-out");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        browser.findElement(By.id("username")).sendKeys("officer.north");
        browser.findElement(By.id("password")).sendKeys("a-long-enough-password");
        click("submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("first")));
        browser.findElement(By.id("username")).sendKeys("officer.north");
        browser.findElement(By.id("currentPassword")).sendKeys("a-long-enough-password");
        browser.findElement(By.id("newPassword")).sendKeys("only-i-know-this-one");
        browser.findElement(By.id("repeatPassword")).sendKeys("only-i-know-this-one");
        screenshot("first-sign-in-choose-password");
        click("submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
        browser.findElement(By.id("username")).sendKeys("officer.north");
        browser.findElement(By.id("password")).sendKeys("only-i-know-this-one");
        click("submit");
        wait.until(ExpectedConditions.textToBe(By.id("who"), "officer.north"));
    }

    @Test
    void theApiDescriptionRendersForASignedInUserUnderItsContentSecurityPolicy() {
        browser.get(url("/swagger-ui/index.html"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/swagger-ui");
        signIn("admin");
        browser.get(url("/swagger-ui/index.html"));
        // the operations appear only if the CSP admitted the page's inline script and the bundle
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(e -> e.getText().replace("\u200b", "")).toList())
                .anySatisfy(path -> assertThat(path).contains("/api/v1/screenings"));
    }

    @Test
    void aRefusedFormShowsWhyAndCreatesNothing() {
        signIn("admin");
        int before = new ApiClient(http).as("admin").getJsonList("/api/v1/admin/regions").size();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('region-code').removeAttribute('maxlength')");
        browser.findElement(By.id("region-code")).sendKeys("Not A Code!");
        browser.findElement(By.id("region-name")).sendKeys("Bad");
        click("create-region");

        assertThat(text("error-summary")).contains("Enter a code of 2 to 40 characters");
        assertThat(browser.findElement(By.id("summary-region-code")).getAttribute("href")).endsWith("#region-code");
        assertThat(browser.findElement(By.id("region-code")).getAttribute("value")).isEqualTo("Not A Code!");
        assertThat(new ApiClient(http).as("admin").getJsonList("/api/v1/admin/regions")).hasSize(before);
    }

    @Test
    void anAdministratorRotatesAPartnersKeyOnlyAfterConfirmingAndSeesItsFingerprint() {
        PartnerKeyGenerator.KeyFiles key = new PartnerKeyGenerator(new SecureRandom())
                .openPgp("NGO <keys@ngo.example>", Instant.now(), Duration.ofDays(365));
        signIn("admin");
        browser.get(url("/admin/partners"));
        String before = text("partner-table");
        click("partner-demo-ngo");

        ((JavascriptExecutor) browser).executeScript("document.getElementById('key').value = arguments[0]", key.publicKey());
        click("register-key");
        assertThat(text("error-summary")).as("the current key is not retired without confirmation").contains("Tick the box");
        assertThat(browser.findElement(By.id("summary-replaceCurrentKey")).getAttribute("href")).endsWith("#replaceCurrentKey");
        assertThat(browser.findElements(By.id("registered"))).isEmpty();

        ((JavascriptExecutor) browser).executeScript("document.getElementById('key').value = arguments[0]", key.publicKey());
        click("replaceCurrentKey");
        click("register-key");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
        String history = text("key-table");
        assertThat(history.split("\n").length).isGreaterThanOrEqualTo(3);
        browser.get(url("/admin/partners"));
        assertThat(text("partner-table")).isNotEqualTo(before);
        screenshot("admin-partner-key");
    }

    @Test
    void anAdministratorUploadsAPartnersCertificateFile() throws Exception {
        PartnerKeyGenerator.KeyFiles certificate = new PartnerKeyGenerator(new SecureRandom())
                .x509Ec("Inspectorate", "secp256r1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(365)));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("inspectorate", ".pem");
        java.nio.file.Files.writeString(file, certificate.publicKey());
        signIn("admin");
        browser.get(url("/admin/partners"));
        click("partner-demo-labour-inspectorate");

        browser.findElement(By.id("keyFile")).sendKeys(file.toAbsolutePath().toString());
        click("replaceCurrentKey");
        click("register-key");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
        assertThat(text("key-table")).contains("X509").contains("active");
    }

    @Test
    void aPartnerLimitedToAnotherRegionIsNotOfferedToTheOfficer() {
        signIn("admin");
        browser.get(url("/admin/partners"));
        click("partner-demo-ngo");
        browser.findElement(By.id("pushEndpoint")).clear();
        browser.findElement(By.id("pushEndpoint")).sendKeys("ftp://ngo.example/inbox");
        click("save-details");
        assertThat(text("error-summary")).contains("https address");
        assertThat(browser.findElement(By.id("pushEndpoint")).getAttribute("value")).as("what was typed is kept").isEqualTo("ftp://ngo.example/inbox");

        browser.findElement(By.id("pushEndpoint")).clear();
        if (!browser.findElement(By.id("region-demo-south")).isSelected()) {
            click("region-demo-south");
        }
        if (browser.findElement(By.id("region-demo-east")).isSelected()) {
            click("region-demo-east");
        }
        click("save-details");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("region-demo-south")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("region-demo-east")).isSelected()).isFalse();

        ApiClient officer = new ApiClient(http).as("officer.airport");
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                java.util.List.of("NGO_SUPPORT", "LABOUR_INSPECTORATE"));
        browser.manage().deleteAllCookies();
        signIn("officer.airport");
        browser.get(url("/officer/cases/" + screening));
        assertThat(browser.findElements(By.id("partner-demo-labour-inspectorate"))).as("serves every region").isNotEmpty();
        assertThat(browser.findElements(By.id("partner-demo-ngo"))).as("serves only the south; the officer works in the east").isEmpty();
    }

    @Test
    void aKeyThatIsNotAKeyIsRefusedWithTheReason() {
        signIn("admin");
        browser.get(url("/admin/partners"));
        click("partner-demo-ngo");
        browser.findElement(By.id("key")).sendKeys("this is not a key");
        click("register-key");

        assertThat(text("key-error")).contains("The key was refused");
        assertThat(browser.findElements(By.id("registered"))).isEmpty();
    }

    @Test
    void anAdministratorSeesTheCatalogueVersions() {
        signIn("admin");
        click("catalogues-link");
        assertThat(text("catalogue-table")).contains("1.0.0").contains("2.0.0");
        assertThat(text("unreviewed-table")).as("2.0.0's languages were back-translated, not reviewed by a native speaker")
                .contains("Українська (uk)").contains("back-translation");
    }
}
