package org.waymark.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server that Waymark runs itself, in a data folder that survives restarts.
 *
 * <p>Layout under the root folder: {@code postgres/} (the cluster), {@code postgres-<version>/} (the
 * unpacked binaries), {@code postgres.password} (the generated superuser password, mode 0600) and
 * {@code waymark.lock} (held while this process owns the cluster). A server left running by a crashed
 * earlier run is stopped and started afresh; a cluster in use by another live Waymark is refused with
 * one clear line.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The superuser that Waymark connects as. */
    public static final String SUPERUSER = "waymark";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path cluster;
    private final Path bin;
    private final ServerAccount account;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final String password;
    private boolean running;

    private EmbeddedPostgres(Path root, Options options) throws IOException {
        Files.createDirectories(root);
        this.account = ServerAccount.forCurrentProcess();
        this.cluster = root.resolve("postgres");
        this.lockChannel = FileChannel.open(root.resolve("waymark.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = tryLock(lockChannel);
        if (lock == null) {
            lockChannel.close();
            throw new EmbeddedPostgresException("the embedded database in " + root.toAbsolutePath()
                    + " is in use by another running Waymark; stop it or set WAYMARK_DATA_DIR to another folder");
        }
        try {
            account.checkCanReach(cluster);
            this.bin = PostgresBinaries.unpackInto(account.binariesFolder(root, binariesVersion())).resolve("bin");
            this.password = readOrCreatePassword(root.resolve("postgres.password"));
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                initialise(options);
            }
            account.takeOwnership(cluster);
            stopServerLeftByCrashedRun();
            this.port = options.port() > 0 ? options.port() : freeLoopbackPort();
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-l", cluster.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port, "start"),
                    "start the embedded PostgreSQL server (its log: " + cluster.resolve("server.log") + ")");
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
        this.running = true;
    }

    /**
     * Starts (initialising on first use) the server whose files live under {@code root}.
     *
     * @throws EmbeddedPostgresException with a one-line reason if it cannot
     */
    public static EmbeddedPostgres start(Path root, Options options) {
        try {
            return new EmbeddedPostgres(root.toAbsolutePath().normalize(), options);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("could not prepare the embedded database in " + root.toAbsolutePath(), e);
        }
    }

    /** How the server is started. {@code port} 0 picks a free loopback port; {@code durable} false trades crash safety for speed (tests). */
    public record Options(int port, boolean durable) {
        public static Options defaults() {
            return new Options(0, true);
        }
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} unless it exists. The name must be a plain identifier. */
    public void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("could not create the database '" + database + "' in the embedded server", e);
        }
    }

    /** Stops the server cleanly and releases the data folder. */
    @Override
    public synchronized void close() {
        try {
            if (running) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                        "stop the embedded PostgreSQL server");
                running = false;
            }
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void initialise(Options options) throws IOException {
        PostgresBinaries.deleteRecursively(cluster);
        Files.createDirectories(cluster);
        Files.setPosixFilePermissions(cluster, PostgresBinaries.perms(0700));
        Path passwordFile = cluster.resolveSibling(".initdb-password");
        Files.deleteIfExists(passwordFile);
        Files.writeString(passwordFile, password, StandardOpenOption.CREATE_NEW);
        Files.setPosixFilePermissions(passwordFile, PostgresBinaries.perms(0600));
        account.takeOwnership(cluster);
        account.takeOwnership(passwordFile);
        List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D", cluster.toString(),
                "-U", SUPERUSER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"));
        if (!options.durable()) {
            initdb.add("--no-sync");
        }
        try {
            run(initdb, "initialise the embedded PostgreSQL cluster");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        List<String> settings = new ArrayList<>(List.of(
                "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", "max_connections = 200",
                "shared_buffers = 64MB", "logging_collector = off"));
        if (!options.durable()) {
            settings.addAll(List.of("fsync = off", "synchronous_commit = off", "full_page_writes = off"));
        }
        Files.writeString(cluster.resolve("postgresql.conf"), "\n# Waymark embedded server\n" + String.join("\n", settings) + "\n",
                StandardOpenOption.APPEND);
    }

    private void stopServerLeftByCrashedRun() throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        boolean serverAlive = pid.flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .filter(command -> command.endsWith("postgres"))
                .isPresent();
        if (serverAlive) {
            // We hold the lock, so no live Waymark owns this server: it was orphaned by a crash.
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                    "stop the PostgreSQL server left running by an earlier Waymark run");
        } else {
            Files.deleteIfExists(pidFile);
        }
    }

    private void run(List<String> command, String purpose) {
        try {
            Path output = Files.createTempFile("waymark-pg-", ".log");
            try {
                Process process = new ProcessBuilder(account.wrap(command))
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new EmbeddedPostgresException("timed out trying to " + purpose);
                }
                if (process.exitValue() != 0) {
                    throw new EmbeddedPostgresException("could not " + purpose + ": " + lastLines(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("could not " + purpose + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("interrupted while trying to " + purpose, e);
        }
    }

    private static String lastLines(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).trim();
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = HexFormat.of().formatHex(random);
        Files.writeString(file, generated, StandardOpenOption.CREATE_NEW);
        Files.setPosixFilePermissions(file, PostgresBinaries.perms(0600));
        return generated;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String binariesVersion() {
        try (var in = EmbeddedPostgres.class.getResourceAsStream("/waymark-build.properties")) {
            var properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("postgres.binaries.version", "bundled");
        } catch (IOException e) {
            return "bundled";
        }
    }
}
