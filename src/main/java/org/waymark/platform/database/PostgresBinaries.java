package org.waymark.platform.database;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Unpacks the PostgreSQL server binaries that the zonky binaries artifact carries on the class path
 * into a folder of their own, once; later starts reuse the unpacked copy.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String COMPLETE_MARKER = ".unpacked";

    private PostgresBinaries() {
    }

    /** Returns the folder holding {@code bin/}, {@code lib/} and {@code share/}, unpacking it first if needed. */
    static Path unpackInto(Path folder) {
        if (Files.exists(folder.resolve(COMPLETE_MARKER))) {
            return folder;
        }
        try (InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new EmbeddedPostgresException("PostgreSQL binaries (" + ARCHIVE + ") are not on the class path; "
                        + "this platform may not be supported by the embedded database: configure DATASOURCES_DEFAULT_URL");
            }
            Files.createDirectories(folder.getParent());
            Path staging = Files.createTempDirectory(folder.getParent(), ".unpacking-");
            unpack(archive, staging);
            Files.writeString(staging.resolve(COMPLETE_MARKER), "");
            deleteRecursively(folder); // a half-unpacked copy from an interrupted run
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another process unpacked the same binaries at the same moment: theirs are as good as ours
                deleteRecursively(staging);
            }
            Files.setPosixFilePermissions(folder, perms(0755));
            return folder;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("could not unpack the PostgreSQL binaries into " + folder, e);
        }
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!entry.isSymbolicLink()) {
                    // Readable by others so that an unprivileged server account can use them when run as root.
                    Files.setPosixFilePermissions(path, perms(entry.getMode() | 0444 | (entry.isDirectory() ? 0111 : 0)));
                }
            }
        }
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                result.add(order[bit]);
            }
        }
        return result;
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
