package org.waymark.referral;

import org.waymark.crypto.KeyRejectedException;
import org.waymark.crypto.PacketOpener;
import org.waymark.crypto.PacketRejectedException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The recipient's command, in the same jar:
 * {@code java -jar waymark.jar open-packet --key partner-secret.asc --signer waymark-service.asc packet.pgp --out dir/}.
 * Decrypts with the partner's secret key, verifies the signature against the published service key, checks the
 * JSON against its schema, and only then writes {@code referral.pdf} and {@code referral.json}. Any failure
 * (wrong key, changed packet, unknown signer, invalid contents) writes nothing and exits non-zero.
 */
public final class OpenPacketCommand {

    public static final String NAME = "open-packet";
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = "usage: java -jar waymark.jar open-packet --key <partner secret key: .asc or .pem> "
            + "--signer <service public key: waymark-service.asc or .pem> <packet.pgp|packet.p7m> --out <folder>";

    private OpenPacketCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments given = Arguments.of(args);
        if (given.unexpected() != null) {
            err.println("open-packet: unexpected argument " + given.unexpected());
        }
        if (!given.complete()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            byte[] contents = PacketOpener.open(Files.readAllBytes(given.packet()), Files.readAllBytes(given.key()),
                    Files.readAllBytes(given.signer()));
            Map<String, byte[]> files = ReferralPacket.unpack(contents);
            List<String> problems = PacketSchema.problems(files.get(ReferralPacket.JSON_NAME));
            if (!problems.isEmpty()) {
                err.println("open-packet: refused: referral.json does not match its schema: " + String.join("; ", problems));
                return REFUSED;
            }
            Path folder = given.folder();
            Files.createDirectories(folder);
            Files.write(folder.resolve(ReferralPacket.PDF_NAME), files.get(ReferralPacket.PDF_NAME));
            Files.write(folder.resolve(ReferralPacket.JSON_NAME), files.get(ReferralPacket.JSON_NAME));
            out.println("open-packet: signature verified, contents valid; wrote " + folder.resolve(ReferralPacket.PDF_NAME) + " and "
                    + folder.resolve(ReferralPacket.JSON_NAME));
            return OK;
        } catch (PacketRejectedException | KeyRejectedException | IllegalArgumentException e) {
            err.println("open-packet: refused: " + e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            err.println("open-packet: cannot read or write a file: " + e.getMessage());
            return USAGE;
        }
    }

    /** The command line after {@code open-packet}; {@code unexpected}: the first argument it does not take, if any. */
    private record Arguments(Path key, Path signer, Path packet, Path folder, String unexpected) {

        static Arguments of(String[] args) {
            Path key = null;
            Path signer = null;
            Path packet = null;
            Path folder = null;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                boolean hasValue = i + 1 < args.length;
                switch (arg) {
                    case "--key" -> key = hasValue ? Path.of(args[++i]) : null;
                    case "--signer" -> signer = hasValue ? Path.of(args[++i]) : null;
                    case "--out" -> folder = hasValue ? Path.of(args[++i]) : null;
                    default -> {
                        if (arg.startsWith("--") || packet != null) {
                            return new Arguments(null, null, null, null, arg);
                        }
                        packet = Path.of(arg);
                    }
                }
            }
            return new Arguments(key, signer, packet, folder, null);
        }

        boolean complete() {
            return unexpected == null && key != null && signer != null && packet != null && folder != null;
        }
    }
}
