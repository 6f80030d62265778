package org.waymark.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Main classes stay small enough to read in one sitting (issue 20: none over 300 lines). */
class ClassSizeTest {

    private static final int MOST_LINES = 300;

    @Test
    void noMainClassIsLongerThanThreeHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(ClassSizeTest::tooLong).map(Path::toString).toList();
        }

        assertThat(tooLong).as("split these by responsibility").isEmpty();
    }

    private static boolean tooLong(Path file) {
        try {
            return Files.readAllLines(file).size() > MOST_LINES;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
