package org.waymark.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;
import org.waymark.testing.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose template fails half-way (a test-only page, {@link BrokenTemplateController}): the person gets the
 * "our fault" page in their language with a 500, at once (never a hang, never JSON), and neither the page nor the log
 * carries the personal data in the failure's message.
 */
@MicronautTest
class BrokenPageTest extends BrowserTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("broken-page.enabled", "true");
    }

    @Test
    void aPageWhoseTemplateFailsAnswersTheErrorPageInPolishWithoutPersonalData() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            signIn("officer.airport");
            browser.findElement(By.cssSelector("[data-lang=pl]")).click();
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
            browser.get(url("/test/broken-page"));

            assertThat(text("error-title")).isEqualTo("Wystąpił błąd po naszej stronie");
            assertThat(browser.getPageSource()).doesNotContain("Kovalenko").doesNotContain("FX1234567")
                    .doesNotContain("line 1999").doesNotContain("\"status\"");
            screenshot("broken-template-polish");

            String cookie = browser.manage().getCookieNamed("waymark_session").getValue();
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(url("/test/broken-page"))).timeout(Duration.ofSeconds(15))
                            .header("Accept", "text/html").header("Cookie", "waymark_session=" + cookie + "; waymark_lang=pl").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).contains("Wystąpił błąd po naszej stronie").doesNotContain("Kovalenko");
        } finally {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
            root.detachAppender(log);
        }
        assertThat(log.list).as("the failure is logged").anySatisfy(e -> assertThat(e.getLevel().toString()).isEqualTo("ERROR"));
        assertThat(log.list).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain("Kovalenko").doesNotContain("FX1234567");
            assertThat(e.getThrowableProxy()).as("no exception with its message in the log").isNull();
        });
    }
}
