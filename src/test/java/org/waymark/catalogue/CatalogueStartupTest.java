package org.waymark.catalogue;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.testing.TestFiles;
import org.waymark.testing.TestPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The service does not start on a catalogue that is invalid or was changed after publication. */
class CatalogueStartupTest {

    @TempDir
    Path copy;

    @Test
    void refusesToStartWhenAPublishedFileWasChanged() throws IOException {
        copyRealCatalogue();
        Files.writeString(copy.resolve("catalogues/waymark-indicators/1.0.0/indicators.yaml"), "\n# quietly edited\n", StandardOpenOption.APPEND);
        Throwable failure = catchThrowable(() -> start().close());
        assertThat(rootOf(failure)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("catalogues/waymark-indicators/1.0.0/indicators.yaml")
                .hasMessageContaining("was changed after it was published");
    }

    @Test
    void startsOnAnIntactCopy() throws IOException {
        copyRealCatalogue();
        try (ApplicationContext context = start()) {
            assertThat(context.getBean(CatalogueLibrary.class).latest("waymark-indicators")).isPresent();
        }
    }

    private ApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.freshDatabase());
        properties.put("waymark.mode", "demo");
        properties.put("waymark.catalogue.directory", copy.toString());
        return ApplicationContext.run(properties);
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root != null && !(root instanceof InvalidCatalogueException)) {
            root = root.getCause();
        }
        return root;
    }

    private void copyRealCatalogue() throws IOException {
        TestFiles.copyTree(Path.of("indicators-catalogue"), copy);
    }
}
