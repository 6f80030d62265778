package org.waymark.identity.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    @Test
    void aForwardedHeaderFromAnUntrustedPeerIsIgnored() {
        ClientAddress none = new ClientAddress(new SecuritySettings("waymark", List.of()));
        assertThat(none.of("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
        ClientAddress ingress = new ClientAddress(new SecuritySettings("waymark", List.of("10.0.0.0/8")));
        assertThat(ingress.of("198.51.100.7", List.of("203.0.113.9"))).as("not from the ingress: its own header is ignored")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        ClientAddress ingress = new ClientAddress(new SecuritySettings("waymark", List.of("10.0.0.0/8", "192.0.2.1")));
        assertThat(ingress.of("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(ingress.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9, 192.0.2.1"))).as("the left-most entries are the client's to forge")
                .isEqualTo("203.0.113.9");
        assertThat(ingress.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(ingress.of("10.1.2.3", List.of("not-an-address"))).as("a malformed chain counts against the proxy").isEqualTo("10.1.2.3");
    }

    @Test
    void rangesMatchIpv4AndIpv6AndRefuseNonsense() {
        assertThat(new ClientAddress(new SecuritySettings("waymark", List.of("2001:db8::/32"))).isTrusted("2001:db8:1::5")).isTrue();
        assertThat(new ClientAddress(new SecuritySettings("waymark", List.of("2001:db8::/32"))).isTrusted("2001:db9::5")).isFalse();
        assertThat(new ClientAddress(new SecuritySettings("waymark", List.of("192.168.0.0/16"))).isTrusted("192.169.0.1")).isFalse();
        assertThatThrownBy(() -> new ClientAddress(new SecuritySettings("waymark", List.of("10.0.0.0/40")))).hasMessageContaining("prefix");
        assertThatThrownBy(() -> new ClientAddress(new SecuritySettings("waymark", List.of("proxy.example")))).hasMessageContaining("not an IP address");
    }
}
