package org.waymark.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Read access to an {@code indicators-catalogue/} tree, on disk or on the class path. Paths use '/' and are relative to its root. */
public interface CatalogueFiles {

    Optional<byte[]> read(String path);

    /** The files under {@code folder} (relative paths, recursively); only needed where drafts are loaded. */
    List<String> list(String folder);

    /** The real folder, as the lint test and a developer's run see it. */
    static CatalogueFiles directory(Path root) {
        return new CatalogueFiles() {
            @Override
            public Optional<byte[]> read(String path) {
                Path file = root.resolve(path);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> list(String folder) {
                Path start = root.resolve(folder);
                if (!Files.isDirectory(start)) {
                    return List.of();
                }
                try (var walk = Files.walk(start)) {
                    return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The copy packaged in the jar under {@code indicators-catalogue/}; listing is not possible there, so only published versions load. */
    static CatalogueFiles classpath(ClassLoader loader) {
        return new CatalogueFiles() {
            @Override
            public Optional<byte[]> read(String path) {
                try (InputStream in = loader.getResourceAsStream("indicators-catalogue/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> list(String folder) {
                return List.of();
            }
        };
    }
}
