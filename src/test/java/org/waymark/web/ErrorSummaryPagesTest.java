package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GOV.UK error summary beyond the start form, in Polish: at the top a list of the problems, each linking to its
 * field; the same words at the field; what was typed kept (never a password); nothing changed.
 */
@MicronautTest
class ErrorSummaryPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void reopeningWithoutAReasonExplainsItInPolishAtTheTopAndAtTheFieldKeepingWhatWasTyped() {
        OwnUnit.Officer account = OwnUnit.create(http).officerAccount("reopen");
        ApiClient officer = account.api();
        String id = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE, List.of());
        signIn(account);
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        browser.get(url("/officer/cases/" + id));
        withoutBrowserChecks("reopen-reason");
        browser.findElement(By.id("reopen-reason")).sendKeys("ab");
        click("reopen-button");

        assertThat(text("error-summary")).contains("Wystąpił problem").contains("Napisz, dlaczego ponownie otwierasz");
        assertThat(browser.findElement(By.id("summary-reopen-reason")).getAttribute("href")).endsWith("#reopen-reason");
        assertThat(text("reopen-reason-error")).contains("Napisz, dlaczego ponownie otwierasz").doesNotContain("reason:");
        assertThat(browser.findElement(By.id("reopen-reason")).getAttribute("value")).isEqualTo("ab");
        assertThat(browser.getPageSource()).doesNotContain("is required to reopen");
        screenshot("error-summary-reopen-polish");
        assertThat(officer.screening(id).status()).isEqualTo("COMPLETED");
    }

    @Test
    void aRefusedNewUserIsExplainedInPolishFieldByFieldAndNothingIsCreated() {
        ApiClient admin = new ApiClient(http).as("admin");
        int before = admin.getJsonList("/api/v1/admin/users").size();
        signIn("admin");
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        browser.get(url("/admin"));
        withoutBrowserChecks("username");
        withoutBrowserChecks("password");
        browser.findElement(By.id("username")).sendKeys("Jan Kowalski!");
        new Select(browser.findElement(By.id("role"))).selectByValue("OFFICER");
        browser.findElement(By.id("password")).sendKeys("short");
        click("create-user");

        String summary = text("error-summary");
        assertThat(summary).contains("Wystąpił problem").contains("Wpisz nazwę użytkownika").contains("Wpisz hasło początkowe").doesNotContain("must").doesNotContain("username");
        assertThat(browser.findElement(By.id("summary-username")).getAttribute("href")).endsWith("#username");
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).as("one line per field at fault").hasSize(2);
        assertThat(text("password-error")).contains("co najmniej 12 znaków");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("Jan Kowalski!");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).as("a password is never sent back").isEmpty();
        screenshot("error-summary-admin-user-polish");
        assertThat(admin.getJsonList("/api/v1/admin/users")).hasSize(before);
    }

    @Test
    void twoDifferentNewPasswordsAreExplainedInPolishAtTheRepeatFieldAndNeverSentBack() {
        browser.get(url("/language?lang=pl&back=/password"));
        withoutBrowserChecks("newPassword");
        withoutBrowserChecks("repeatPassword");
        browser.findElement(By.id("username")).sendKeys("officer.airport");
        browser.findElement(By.id("currentPassword")).sendKeys(ApiClient.DEMO_PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys("a-long-new-password-1");
        browser.findElement(By.id("repeatPassword")).sendKeys("a-long-new-password-2");
        click("submit");

        assertThat(text("error-summary")).contains("Wystąpił problem").contains("Nowe hasła się różnią");
        assertThat(browser.findElement(By.id("summary-repeatPassword")).getAttribute("href")).endsWith("#repeatPassword");
        assertThat(text("repeatPassword-error")).contains("Nowe hasła się różnią");
        assertThat(browser.findElement(By.id("newPassword")).getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("a-long-new-password");
        screenshot("error-summary-own-password-polish");
    }

    /** The browser's own checks would stop the form before the server sees it: the server's answer is what is tested. */
    private void withoutBrowserChecks(String id) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]);"
                + "['required', 'minlength', 'maxlength', 'pattern'].forEach(a => e.removeAttribute(a));", id);
    }
}
