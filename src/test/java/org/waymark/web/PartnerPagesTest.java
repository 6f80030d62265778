package org.waymark.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.shared.Sha256;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner's pages in headless Chromium: the inbox, the packet download, acknowledging and the other moves. */
@MicronautTest
class PartnerPagesTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    /** The officer who refers the cases, of a unit the class owns. */
    private ApiClient officer;

    @BeforeAll
    void officer() {
        officer = OwnUnit.create(http).officerAccount("refers").api();
    }

    @Test
    void aPartnerDownloadsAndAcknowledgesAReferral() throws Exception {
        Map<String, Object> referral = referToNgo();
        String reference = (String) referral.get("caseReference");
        signIn("partner.ngo");

        assertThat(text("inbox")).contains(reference).contains("sent");
        click("open-" + reference);
        assertThat(text("reference")).isEqualTo(reference);
        assertThat(text("instructions")).contains("gpg").contains(reference + ".pgp");
        assertThat(text("service-fingerprint")).matches("[0-9A-F]{40}");
        String shownSha256 = text("packet-sha256");
        screenshot("partner-referral");

        click("download");
        Path packet = downloads.resolve(reference + ".pgp");
        new org.openqa.selenium.support.ui.FluentWait<>(packet).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .until(p -> Files.exists(p) && !Files.exists(Path.of(p + ".crdownload")));
        assertThat(Sha256.hex(Files.readAllBytes(packet))).isEqualTo(shownSha256).isEqualTo(referral.get("packetSha256"));

        click("acknowledge");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "received"));
        assertThat(text("history")).contains("received").contains("your organisation").doesNotContain("PARTNER");
        Map<String, Object> seenByUnit = officer.getJson("/api/v1/referrals/" + referral.get("id"));
        assertThat(seenByUnit.get("status")).isEqualTo("RECEIVED");
        screenshot("partner-acknowledged");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAndChangesNothing() {
        Map<String, Object> referral = referToNgo();
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        click("acknowledge");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "received"));

        click("decline");

        assertThat(text("error-summary")).contains("There is a problem").contains("declining needs one");
        assertThat(browser.findElement(By.id("summary-decline-reason")).getAttribute("href")).endsWith("#decline-reason");
        assertThat(text("decline-reason-error")).contains("declining needs one");
        assertThat(text("state")).isEqualTo("received");
        assertThat(new ApiClient(http).as("partner.ngo").getJson("/api/v1/inbox/" + referral.get("id")).get("status")).isEqualTo("RECEIVED");

        browser.findElement(By.id("decline-reason")).sendKeys("No capacity in this region this month");
        click("decline");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "declined"));
        assertThat(text("history")).contains("No capacity in this region this month");
    }

    @Test
    void aPartnerSeesOnlyReferralsAddressedToItsOrganisation() {
        Map<String, Object> referral = referToNgo();
        signIn("partner.inspectorate");

        assertThat(browser.findElements(By.id("open-" + referral.get("caseReference")))).isEmpty();
        browser.get(url("/partner/referrals/" + referral.get("id")));
        assertThat(text("problem")).contains("was not found");
    }

    private Map<String, Object> referToNgo() {
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour("Оксана Тестова"), CompletedScreenings.STRONG_CASE,
                List.of("NGO_SUPPORT"));
        String ngo = officer.getJsonList("/api/v1/partners").stream().filter(p -> "demo-ngo".equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        return officer.postJson("/api/v1/screenings/" + screening + "/referrals", Map.of("id", UUID.randomUUID().toString(), "partnerId", ngo));
    }
}
