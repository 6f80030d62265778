package org.waymark.referral;

import jakarta.inject.Singleton;
import org.waymark.platform.config.InstanceSettings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where packets may be pushed: https to a host whose every address is public — never this machine, a private or
 * link-local network (cloud metadata at 169.254.169.254), carrier-grade NAT or unique-local IPv6 — unless an operator
 * names the host in {@code waymark.referral.push.allowed-internal-hosts}; in demo mode also http on this machine.
 * Checked when the endpoint is saved and again, resolving anew, before every push (a name may come to point elsewhere).
 */
@Singleton
class PushTargets {

    private final boolean demo;
    private final Set<String> allowedInternal;

    PushTargets(InstanceSettings instance, PushSettings settings) {
        this.demo = "demo".equalsIgnoreCase(instance.mode().trim());
        this.allowedInternal = settings.allowedInternalHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Why a push to this endpoint is refused, or null when it is allowed. */
    String refusal(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint.strip());
        } catch (IllegalArgumentException e) {
            return "is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return "must be an https:// URL with a host and no user name";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "names a host that cannot be resolved from this service";
        }
        if (demo && scheme.equals("http") && List.of(addresses).stream().allMatch(InetAddress::isLoopbackAddress)) {
            return null;
        }
        if (!scheme.equals("https")) {
            return demo ? "must be an https:// URL (or http:// on this machine, in demo mode)" : "must be an https:// URL";
        }
        if (!allowedInternal.contains(host) && List.of(addresses).stream().anyMatch(a -> !isPublic(a))) {
            return "must be a public address (this machine, private and link-local networks are refused)";
        }
        return null;
    }

    /**
     * The endpoint as it is stored and called: without surrounding spaces and with its scheme in lower case
     * ({@code HTTPS://} is {@code https://}; schemes are case-insensitive). Only for an endpoint {@link #refusal} allowed.
     */
    static String normalised(String endpoint) {
        String stripped = endpoint.strip();
        int colon = stripped.indexOf(':');
        return stripped.substring(0, colon).toLowerCase(Locale.ROOT) + stripped.substring(colon);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique-local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                && !(first == 0) && !(first == 192 && second == 0 && (b[2] & 0xff) == 0); // 0/8, 192.0.0/24 (IETF)
    }
}
