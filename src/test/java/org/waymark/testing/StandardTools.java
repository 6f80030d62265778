package org.waymark.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the standard tools partners use on packets ({@code gpg}, {@code openssl}) as real processes.
 * the build installs them where missing ({@code .ci/install-test-tools}).
 */
public final class StandardTools {

    private StandardTools() {
    }

    /** What a finished command did. */
    public record Result(int exitCode, String output, String errors) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    public static Result run(Path directory, Map<String, String> environment, List<String> command) {
        try {
            Path out = Files.createTempFile(directory, "out", ".txt");
            Path err = Files.createTempFile(directory, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A private GnuPG home under {@code directory}; {@link #close} stops its agent. */
    public static final class GnuPg implements AutoCloseable {
        private final Path directory;
        private final Path home;

        public GnuPg(Path directory) throws IOException {
            this.directory = directory;
            this.home = Files.createDirectories(directory.resolve("gnupg"));
            Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }

        public Result run(String... arguments) {
            List<String> command = new java.util.ArrayList<>(List.of("gpg", "--batch", "--no-tty", "--pinentry-mode", "loopback"));
            command.addAll(List.of(arguments));
            return StandardTools.run(directory, Map.of("GNUPGHOME", home.toString()), command);
        }

        @Override
        public void close() {
            StandardTools.run(directory, Map.of("GNUPGHOME", home.toString()), List.of("gpgconf", "--kill", "all"));
        }
    }
}
