package org.waymark.identity.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address of the client that made a request. Behind a reverse proxy or ingress every request comes from the
 * proxy, so the client is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy — but only
 * when the request really came from one ({@code waymark.security.trusted-proxies}, addresses or CIDR ranges). A header
 * sent by anyone else is ignored, so a client cannot choose its own address.
 */
@Singleton
public class ClientAddress {

    private final List<Range> trusted;

    ClientAddress(SecuritySettings settings) {
        this.trusted = settings.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    public String of(HttpRequest<?> request) {
        return of(request.getRemoteAddress().getAddress().getHostAddress(), request.getHeaders().getAll("X-Forwarded-For"));
    }

    /** The client, given the TCP peer and the {@code X-Forwarded-For} headers as received. */
    String of(String peer, List<String> forwardedHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = forwardedHeaders.stream()
                .flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!Range.isAddress(hop)) {
                return peer; // a malformed chain: count it against the proxy rather than trust any of it
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An address or a CIDR range, IPv4 or IPv6. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = literal(parts[0]);
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("waymark.security.trusted-proxies: '" + text + "' has an impossible prefix length");
            }
            return new Range(network, prefix);
        }

        boolean contains(String address) {
            if (!isAddress(address)) {
                return false;
            }
            byte[] candidate = literal(address);
            if (candidate.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not()
                    .and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
        }

        /** Only address literals: a host name here would mean a DNS lookup for every sign-in. */
        static boolean isAddress(String text) {
            return text.matches("[0-9.]{7,15}") || (text.contains(":") && text.matches("[0-9a-fA-F:.]{2,45}"));
        }

        private static byte[] literal(String text) {
            if (!isAddress(text)) {
                throw new IllegalArgumentException("not an IP address literal: " + text);
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address literal: " + text, e);
            }
        }
    }
}
