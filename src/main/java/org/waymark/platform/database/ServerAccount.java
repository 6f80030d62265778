package org.waymark.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system account the embedded PostgreSQL server runs as.
 *
 * <p>PostgreSQL refuses to run as root. A normal user runs it directly. Root runs it as the
 * unprivileged {@code nobody} account through {@code setpriv}, with the data folder owned by that
 * account; the server keeps only the right to traverse folders ({@code CAP_DAC_READ_SEARCH}, where the
 * bounding set allows it) so that a checkout under {@code /root} still works. No user namespace is
 * needed, so this also works in containers that block them.
 */
abstract sealed class ServerAccount {

    static ServerAccount forCurrentProcess() {
        return isRoot() ? new Unprivileged("nobody", "nogroup") : new CurrentUser();
    }

    /** The command line that runs {@code command} as this account. */
    abstract List<String> wrap(List<String> command);

    /** Hands {@code folder} and everything in it to this account. */
    abstract void takeOwnership(Path folder);

    /**
     * Where the server binaries go. PostgreSQL checks its own executables with {@code access()}, which
     * ignores capabilities, so for the unprivileged account they must sit on a path anyone can traverse.
     */
    abstract Path binariesFolder(Path dataRoot, String version);

    /** Fails with one clear line if this account cannot reach {@code folder}. */
    abstract void checkCanReach(Path folder);

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The user that runs the JVM. */
    static final class CurrentUser extends ServerAccount {
        @Override
        List<String> wrap(List<String> command) {
            return command;
        }

        @Override
        void takeOwnership(Path folder) {
            // already ours
        }

        @Override
        Path binariesFolder(Path dataRoot, String version) {
            return dataRoot.resolve("postgres-" + version);
        }

        @Override
        void checkCanReach(Path folder) {
            // the JVM created or opened it as this user
        }
    }

    /** An unprivileged account that root switches to. */
    static final class Unprivileged extends ServerAccount {
        private static final long CAP_DAC_READ_SEARCH = 1L << 2;
        private final String user;
        private final String group;

        Unprivileged(String user, String group) {
            this.user = user;
            this.group = group;
        }

        @Override
        List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups"));
            if (boundingSetAllowsDirectoryTraversal()) {
                wrapped.addAll(List.of("--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"));
            }
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        void takeOwnership(Path folder) {
            try {
                UserPrincipalLookupService lookup = folder.getFileSystem().getUserPrincipalLookupService();
                UserPrincipal owner = lookup.lookupPrincipalByName(user);
                GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
                try (var walk = Files.walk(folder)) {
                    for (Path path : (Iterable<Path>) walk::iterator) {
                        PosixFileAttributeView view = Files.getFileAttributeView(
                                path, PosixFileAttributeView.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                        view.setOwner(owner);
                        view.setGroup(ownerGroup);
                    }
                }
            } catch (IOException e) {
                throw new EmbeddedPostgresException("could not hand " + folder + " to the account '" + user + "'", e);
            }
        }

        @Override
        Path binariesFolder(Path dataRoot, String version) {
            Path shared = Path.of(System.getProperty("java.io.tmpdir"), "waymark-postgres-" + version);
            try {
                if (Files.exists(shared, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !ownedByUsAndNotWritableByOthers(shared)) {
                    // Somebody else made it: never run their binaries.
                    return Files.createTempDirectory("waymark-postgres-" + version + "-").resolve("binaries");
                }
                return shared;
            } catch (IOException e) {
                throw new EmbeddedPostgresException("could not prepare a folder for the PostgreSQL binaries", e);
            }
        }

        @Override
        void checkCanReach(Path folder) {
            if (boundingSetAllowsDirectoryTraversal()) {
                return;
            }
            for (Path ancestor = folder.toAbsolutePath().getParent(); ancestor != null; ancestor = ancestor.getParent()) {
                try {
                    if (!Files.getPosixFilePermissions(ancestor).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                        throw new EmbeddedPostgresException("the embedded PostgreSQL server runs as '" + user + "' and cannot reach "
                                + folder + " (" + ancestor + " is closed to others); set WAYMARK_DATA_DIR to a folder such as /var/lib/waymark");
                    }
                } catch (IOException e) {
                    throw new EmbeddedPostgresException("could not check the permissions of " + ancestor, e);
                }
            }
        }

        private static boolean ownedByUsAndNotWritableByOthers(Path folder) throws IOException {
            var attributes = Files.readAttributes(folder, java.nio.file.attribute.PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            var permissions = attributes.permissions();
            return attributes.isDirectory() && "root".equals(attributes.owner().getName())
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        }

        private static boolean boundingSetAllowsDirectoryTraversal() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("CapBnd:")) {
                        long caps = Long.parseUnsignedLong(line.substring("CapBnd:".length()).trim(), 16);
                        return (caps & CAP_DAC_READ_SEARCH) != 0;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return false;
            }
            return false;
        }
    }
}
