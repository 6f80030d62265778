package org.waymark.catalogue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/** {@code waymark.catalogue.directory}: a folder holding {@code indicators-catalogue/}; unset, the copy in the jar is read. */
@ConfigurationProperties("waymark.catalogue")
public record CatalogueSettings(@Nullable String directory) {

    /** The configured catalogue files, or those on the class path when no folder is set. */
    public CatalogueFiles files(ClassLoader classPath) {
        return directory == null || directory.isBlank() ? CatalogueFiles.classpath(classPath) : CatalogueFiles.directory(Path.of(directory));
    }
}
