package org.waymark.referral;

import org.junit.jupiter.api.Test;
import org.waymark.platform.config.InstanceSettings;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PushTargetsTest {

    @Test
    void onlyPublicAddressesArePublic() throws Exception {
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.1.1", "0.0.0.0",
                "::1", "fe80::1", "fd00::1", "224.0.0.1")) {
            assertThat(PushTargets.isPublic(InetAddress.getByName(internal))).as(internal).isFalse();
        }
        for (String external : List.of("93.184.216.34", "8.8.8.8", "2001:4860:4860::8888")) {
            assertThat(PushTargets.isPublic(InetAddress.getByName(external))).as(external).isTrue();
        }
    }

    @Test
    void anOperatorCanNameAnInternalHostAndDemoModeAllowsHttpOnThisMachine() {
        PushTargets production = targets("production", "127.0.0.1");
        assertThat(production.refusal("https://127.0.0.1:8443/in")).isNull();
        assertThat(production.refusal("http://127.0.0.1:8080/in")).contains("https");
        assertThat(production.refusal("https://10.9.9.9/in")).contains("public");
        assertThat(targets("demo").refusal("http://127.0.0.1:8080/in")).isNull();
        assertThat(targets("demo").refusal("HTTPS://127.0.0.1/in")).as("the scheme in capitals is still https").contains("public");
    }

    @Test
    void anEndpointIsStoredWithoutSpacesAndWithItsSchemeInLowerCase() {
        assertThat(PushTargets.normalised(" HTTPS://Partner.example.org/In?x=Y ")).isEqualTo("https://Partner.example.org/In?x=Y");
        assertThat(PushTargets.normalised("Http://127.0.0.1:8080/in")).isEqualTo("http://127.0.0.1:8080/in");
        assertThat(PushTargets.normalised("https://partner.example.org/in")).isEqualTo("https://partner.example.org/in");
    }

    private static PushTargets targets(String mode, String... allowedInternalHosts) {
        Duration unused = Duration.ofSeconds(10);
        return new PushTargets(new InstanceSettings(mode, "data"), new PushSettings(List.of(allowedInternalHosts), unused, unused, unused));
    }
}
