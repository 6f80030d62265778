package org.waymark.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.AEADAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.S2K;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcAEADSecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.waymark.crypto.OpenPgpKeys;
import org.waymark.crypto.PartnerKeyGenerator;
import org.waymark.testing.ApiClient;
import org.waymark.testing.BrowserTest;
import org.waymark.testing.CompletedScreenings;
import org.waymark.testing.NewScreening;
import org.waymark.testing.OwnUnit;
import org.waymark.testing.StandardTools;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner opens a packet on its referral page, in headless Chromium: the demo keys open both demo packets (OpenPGP
 * for the NGO, CMS for the labour inspectorate) and the facts are shown; a packet with one byte changed on its way is
 * refused in plain words in the page's language; and the browser's own network log shows that no request during the
 * flow carried the key, the passphrase or anything from inside the packet. Also opened: CMS packets for an EC P-256
 * key (ECDH) and OpenPGP keys protected with Argon2.
 */
@MicronautTest
class OpenPacketInBrowserTest extends BrowserTest {

    private static final Path DEMO_KEYS = Path.of("target/test-data/demo-partners").toAbsolutePath();
    private static final String NAME = "Оксана Тестова";
    private static final String TEMPORARY = "temporary-password-1";

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected void configure(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    @Test
    void theNgoOpensItsOpenPgpPacketHereAndNoRequestCarriesTheKeyOrTheContents() throws Exception {
        Map<String, Object> referral = refer("demo-ngo", List.of("NGO_SUPPORT"));
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        Path key = DEMO_KEYS.resolve("demo-ngo-secret.asc");
        requests(); // from here on, every request the page makes is recorded

        openWith(key, "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-status")).contains(text("service-fingerprint"));
        assertThat(text("open-facts")).contains((String) referral.get("caseReference")).contains(NAME).contains("Nationality");
        screenshot("partner-opened-openpgp");
        assertSaved(referral);
        assertNothingSent(requests(), Files.readString(key), "-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }

    @Test
    void theInspectorateOpensItsCmsPacketHereAndNoRequestCarriesTheKeyOrTheContents() throws Exception {
        Map<String, Object> referral = refer("demo-labour-inspectorate", List.of());
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        assertThat(text("instructions")).contains("openssl cms -decrypt");
        Path key = DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem");
        requests();

        openWith(key, "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-status")).contains(text("service-fingerprint"));
        assertThat(text("open-facts")).contains((String) referral.get("caseReference")).contains("UA").doesNotContain(NAME);
        screenshot("partner-opened-cms");
        assertSaved(referral);
        assertNothingSent(requests(), Files.readString(key), "-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void anInspectorateWithAnEcKeyOpensItsEcdhPacketHereAndAChangedOneIsRefused() throws Exception {
        PartnerKeyGenerator.KeyFiles ec = ecKey("EC District Labour Inspectorate");
        inspectorateWithItsOwnKey("ec-inspectorate", ec);
        Path key = Files.createDirectories(Path.of("target", "test-data", "ec-keys")).toAbsolutePath().resolve("ec-inspectorate-key.pem");
        Files.writeString(key, ec.secretKey());
        Map<String, Object> referral = refer("ec-inspectorate", List.of());
        signIn("partner.ec-inspectorate", ApiClient.own(TEMPORARY));
        browser.get(url("/partner/referrals/" + referral.get("id")));
        requests();

        openWith(key, "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-facts")).contains((String) referral.get("caseReference")).contains("UA").doesNotContain(NAME);
        screenshot("partner-opened-cms-ecdh");
        assertNothingSent(requests(), Files.readString(key), "-----BEGIN PRIVATE KEY-----");

        browser.navigate().refresh();
        changeOneByteOfThePacketOnItsWay();
        openWith(key, "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "was changed or damaged"));
        assertThat(text("open-facts")).isEmpty();
    }

    @Test
    void anRsaKeyIsRefusedAsTheWrongKeyForAnEcdhPacket() throws Exception {
        inspectorateWithItsOwnKey("ec-inspectorate-2", ecKey("Second EC Inspectorate"));
        Map<String, Object> referral = refer("ec-inspectorate-2", List.of());
        signIn("partner.ec-inspectorate-2", ApiClient.own(TEMPORARY));
        browser.get(url("/partner/referrals/" + referral.get("id")));

        openWith(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem"), "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "This key cannot open this packet"));
        assertThat(text("open-facts")).isEmpty();
    }

    @Test
    void anOpenPgpPacketChangedOnItsWayIsRefusedInPlainWordsAndNothingIsShown() throws Exception {
        refusesAChangedPacket(refer("demo-ngo", List.of("NGO_SUPPORT")), "partner.ngo", "demo-ngo-secret.asc");
    }

    @Test
    void aCmsPacketChangedOnItsWayIsRefusedInPlainWordsAndNothingIsShown() throws Exception {
        refusesAChangedPacket(refer("demo-labour-inspectorate", List.of()), "partner.inspectorate", "demo-labour-inspectorate-key.pem");
    }

    private void refusesAChangedPacket(Map<String, Object> referral, String partner, String keyFile) {
        signIn(partner);
        browser.get(url("/partner/referrals/" + referral.get("id")));
        changeOneByteOfThePacketOnItsWay();

        openWith(DEMO_KEYS.resolve(keyFile), "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "was changed or damaged"));
        assertThat(text("open-status")).contains("Do not use it");
        assertThat(browser.findElement(By.id("open-result")).isDisplayed()).isFalse();
        assertThat(text("open-facts")).isEmpty();
        screenshot("partner-changed-packet-" + partner);
    }

    @Test
    void aChangedPacketIsRefusedInPolishOnThePolishPage() throws Exception {
        Map<String, Object> referral = refer("demo-labour-inspectorate", List.of());
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));
        assertThat(text("open-here")).contains("Otwórz pakiet tutaj, w przeglądarce");
        changeOneByteOfThePacketOnItsWay();

        openWith(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem"), "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "został zmieniony lub uszkodzony"));
        screenshot("partner-changed-packet-polish");
    }

    @Test
    void onThePolishPageTheOpenedFactsAreLabelledInPolish() throws Exception {
        Map<String, Object> referral = refer("demo-labour-inspectorate", List.of());
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));
        browser.findElement(By.cssSelector("[data-lang=pl]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "pl"));

        openWith(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem"), "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "podpisany kluczem usługi Waymark"));
        assertThat(text("open-facts")).contains("Dla inspekcji pracy").contains("Podstawa prawna").contains("Sygnatura sprawy")
                .doesNotContain("Labour inspectorate").doesNotContain("Legal frame");
        screenshot("partner-opened-cms-polish");
    }

    @Test
    void anotherOrganisationsKeyIsRefusedAsTheWrongKey() throws Exception {
        Map<String, Object> referral = refer("demo-ngo", List.of("NGO_SUPPORT"));
        Path other = Files.createDirectories(Path.of("target", "test-data", "other-keys")).resolve("other-secret.asc");
        Files.writeString(other, new PartnerKeyGenerator(new SecureRandom()).openPgp("Another <x@example.invalid>", Instant.now(),
                Duration.ZERO).secretKey());
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));

        openWith(other.toAbsolutePath(), "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "This key cannot open this packet"));
        assertThat(text("open-facts")).isEmpty();
    }

    @Test
    void aPassphraseProtectedKeyOpensWithItsPassphraseAndNotWithAWrongOne() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "test-data", "protected-keys")).toAbsolutePath();
        String demo = Files.readString(DEMO_KEYS.resolve("demo-labour-inspectorate-key.pem"));
        Files.writeString(folder.resolve("plain.pem"), demo.substring(0, demo.indexOf("-----BEGIN CERTIFICATE-----")));
        StandardTools.Result protect = StandardTools.run(folder, Map.of(), List.of("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc",
                "-in", "plain.pem", "-passout", "pass:correct horse", "-out", "protected.pem"));
        assertThat(protect.exitCode()).as(protect.errors()).isZero();
        Path key = folder.resolve("protected-with-certificate.pem");
        Files.writeString(key, Files.readString(folder.resolve("protected.pem")) + demo.substring(demo.indexOf("-----BEGIN CERTIFICATE-----")));
        Map<String, Object> referral = refer("demo-labour-inspectorate", List.of());
        signIn("partner.inspectorate");
        browser.get(url("/partner/referrals/" + referral.get("id")));

        openWith(key, "wrong horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "The passphrase does not unlock this key"));
        assertThat(text("open-facts")).isEmpty();

        browser.findElement(By.id("passphrase")).clear();
        openWith(key, "correct horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-facts")).contains((String) referral.get("caseReference"));
    }

    @Test
    void aPassphraseProtectedOpenPgpKeyOpensOnlyWithItsPassphrase() throws Exception {
        PGPSecretKeyRing demo = OpenPgpKeys.secretKeyRing(Files.readAllBytes(DEMO_KEYS.resolve("demo-ngo-secret.asc")));
        // protected as GnuPG protects it: AES-256 with an iterated S2K and a SHA-1 check (S2K usage 254)
        PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
        List<PGPSecretKey> keys = new ArrayList<>();
        for (PGPSecretKey secret : demo) {
            keys.add(new PGPSecretKey(secret.extractPrivateKey(null), secret.getPublicKey(), sha1, secret.isMasterKey(),
                    new JcePBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1).build("correct horse".toCharArray())));
        }
        PGPSecretKeyRing locked = new PGPSecretKeyRing(keys);
        Path key = Files.createDirectories(Path.of("target", "test-data", "protected-keys")).toAbsolutePath().resolve("ngo-locked.asc");
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(armoured)) {
            locked.encode(out);
        }
        Files.write(key, armoured.toByteArray());
        Map<String, Object> referral = refer("demo-ngo", List.of("NGO_SUPPORT"));
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));

        openWith(key, "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "This key is protected: type its passphrase"));
        openWith(key, "wrong horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "The passphrase does not unlock this key"));
        assertThat(text("open-facts")).isEmpty();

        browser.findElement(By.id("passphrase")).clear();
        openWith(key, "correct horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-facts")).contains(NAME);
    }

    @Test
    void anOpenPgpKeyProtectedWithArgon2OpensOnlyWithItsPassphrase() throws Exception {
        PGPSecretKeyRing demo = OpenPgpKeys.secretKeyRing(Files.readAllBytes(DEMO_KEYS.resolve("demo-ngo-secret.asc")));
        // protected as RFC 9580 tools (openpgp.js, Sequoia) may: Argon2 S2K with AEAD (OCB, AES-256), S2K usage 253
        List<PGPSecretKey> keys = new ArrayList<>();
        for (PGPSecretKey secret : demo) {
            keys.add(PGPSecretKey.copyWithNewPassword(secret, null, new BcAEADSecretKeyEncryptorBuilder(AEADAlgorithmTags.OCB,
                    SymmetricKeyAlgorithmTags.AES_256, new S2K.Argon2Params(1, 1, 16, new SecureRandom()))
                    .build("correct horse".toCharArray(), secret.getPublicKey().getPublicKeyPacket())));
        }
        Path key = Files.createDirectories(Path.of("target", "test-data", "protected-keys")).toAbsolutePath().resolve("ngo-argon2.asc");
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(armoured)) {
            new PGPSecretKeyRing(keys).encode(out);
        }
        Files.write(key, armoured.toByteArray());
        assertThat(new PGPSecretKeyRing(keys).getSecretKey().getS2K().getType()).isEqualTo(S2K.ARGON_2);
        Map<String, Object> referral = refer("demo-ngo", List.of("NGO_SUPPORT"));
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));

        openWith(key, "wrong horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "The passphrase does not unlock this key"));
        assertThat(text("open-facts")).isEmpty();

        browser.findElement(By.id("passphrase")).clear();
        requests();
        openWith(key, "correct horse");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "signed by the Waymark service key"));
        assertThat(text("open-facts")).contains(NAME);
        assertNothingSent(requests(), Files.readString(key), "-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }

    @Test
    void openingWithoutAKeyFileAsksForOne() {
        Map<String, Object> referral = refer("demo-ngo", List.of("NGO_SUPPORT"));
        signIn("partner.ngo");
        browser.get(url("/partner/referrals/" + referral.get("id")));

        click("open-here-button");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-status"), "Pick your key file first"));
    }

    private static PartnerKeyGenerator.KeyFiles ecKey(String organisation) {
        return new PartnerKeyGenerator(new SecureRandom()).x509Ec(organisation, "secp256r1", Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(30)));
    }

    /** A labour inspectorate registered with {@code key}'s certificate and its partner account {@code partner.<code>}, signed in once. */
    private void inspectorateWithItsOwnKey(String code, PartnerKeyGenerator.KeyFiles key) {
        ApiClient admin = new ApiClient(http).as("admin");
        String organisation = (String) admin.postJson("/api/v1/admin/organisations", Map.of("code", code, "name", code,
                "type", "LABOUR_INSPECTORATE")).get("id");
        admin.postJson("/api/v1/partners/" + organisation + "/keys", Map.of("key", key.publicKey()));
        admin.postJson("/api/v1/admin/users", Map.of("username", "partner." + code, "role", "PARTNER", "organisationId", organisation,
                "password", TEMPORARY));
        new ApiClient(http).firstSignIn("partner." + code, TEMPORARY);
    }

    private void openWith(Path key, String passphrase) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-here")));
        browser.findElement(By.id("key-file")).sendKeys(key.toString());
        browser.findElement(By.id("passphrase")).sendKeys(passphrase);
        click("open-here-button");
    }

    /** What an attacker between Waymark and the partner might do: flip one bit in the middle of the packet. */
    private void changeOneByteOfThePacketOnItsWay() {
        ((JavascriptExecutor) browser).executeScript("""
                const original = window.fetch;
                window.fetch = async (url, options) => {
                  const response = await original(url, options);
                  if (!String(url).endsWith('/packet')) { return response; }
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  bytes[bytes.length >> 1] ^= 1;
                  return new Response(bytes, {status: 200});
                };""");
    }

    private void assertSaved(Map<String, Object> referral) throws Exception {
        Files.createDirectories(downloads);
        Files.deleteIfExists(downloads.resolve("referral.json"));
        Files.deleteIfExists(downloads.resolve("referral.pdf"));
        assertThat(browser.findElement(By.id("open-pdf")).getAttribute("href")).startsWith("blob:");
        click("save-json");
        click("save-pdf");
        JsonNode json = new ObjectMapper().readTree(downloaded("referral.json"));
        assertThat(json.at("/caseReference").asText()).isEqualTo(referral.get("caseReference"));
        assertThat(new String(downloaded("referral.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private byte[] downloaded(String name) throws Exception {
        Path file = downloads.resolve(name);
        new FluentWait<>(file).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .until(p -> Files.exists(p) && !Files.exists(Path.of(p + ".crdownload")));
        return Files.readAllBytes(file);
    }

    /** The requests the browser sent since the last call, from its own network log: method, address, body. */
    private List<JsonNode> requests() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> sent = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = mapper.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                sent.add(message.path("params").path("request"));
            }
        }
        return sent;
    }

    private void assertNothingSent(List<JsonNode> sent, String keyFile, String keyHeader) {
        assertThat(sent).as("the flow's requests").extracting(r -> r.path("url").asText())
                .anyMatch(u -> u.endsWith("/packet")).anyMatch(u -> u.contains("/api/v1/service-key/"));
        String keyLine = keyFile.lines().filter(l -> l.length() > 40 && !l.startsWith("-----")).findFirst().orElseThrow();
        for (JsonNode request : sent) {
            String all = request.toString();
            assertThat(request.path("method").asText()).as(request.path("url").asText()).isEqualTo("GET");
            assertThat(request.path("hasPostData").asBoolean()).as(request.path("url").asText()).isFalse();
            assertThat(all).doesNotContain(keyHeader).doesNotContain(keyLine).doesNotContain(NAME).doesNotContain("%PDF");
        }
    }

    private Map<String, Object> refer(String partnerCode, List<String> consents) {
        ApiClient officer = OwnUnit.create(http).officerAccount("refers").api();
        String screening = CompletedScreenings.complete(officer, NewScreening.adultLabour(NAME), CompletedScreenings.STRONG_CASE, consents);
        String partner = officer.getJsonList("/api/v1/partners").stream().filter(p -> partnerCode.equals(p.get("code")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow();
        return officer.postJson("/api/v1/screenings/" + screening + "/referrals", Map.of("id", UUID.randomUUID().toString(), "partnerId", partner));
    }
}
