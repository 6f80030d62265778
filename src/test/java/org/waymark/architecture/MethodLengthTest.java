package org.waymark.architecture;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Main methods stay short enough to follow at a glance (issue 20: none over 40 lines outside SQL and templating glue).
 * A method or constructor is measured from the line of its name to its closing brace (its Javadoc and annotations left
 * out), lambdas and local classes inside it included. The one exemption is narrow: the lines of a text block (the SQL or
 * template text after its opening {@code """}) are not counted, because they are data the method hands on, not steps
 * to follow; every line of Java around them still counts.
 */
class MethodLengthTest {

    private static final int MOST_LINES = 40;
    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    @Test
    void noMainMethodIsLongerThanFortyLinesBesideItsTextBlocks() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (CallableDeclaration<?> callable : callables(PARSER.parse(file).getResult().orElseThrow())) {
                    int lines = length(callable);
                    if (lines > MOST_LINES) {
                        tooLong.add(file + " " + callable.getNameAsString() + " (" + lines + " lines)");
                    }
                }
            }
        }

        assertThat(tooLong).as("split these into steps with names").isEmpty();
    }

    @Test
    void measuresFromTheNameToTheClosingBraceLeavingOutOnlyTextBlocks() {
        String body = "        int a = 1;\n".repeat(39);
        String sql = "        String sql = \"\"\"\n" + "            select 1\n".repeat(30) + "            \"\"\";\n";
        CompilationUnit unit = PARSER.parse("""
                class Sample {
                    /** Javadoc and annotations are not counted. */
                    @Deprecated
                    void fortyOne() {
                %s    }

                    void shortWithSql() {
                %s    }
                }
                """.formatted(body, sql)).getResult().orElseThrow();

        assertThat(callables(unit)).extracting(MethodLengthTest::length).containsExactly(MOST_LINES + 1, 3);
    }

    private static List<CallableDeclaration<?>> callables(CompilationUnit unit) {
        List<CallableDeclaration<?>> callables = new ArrayList<>();
        unit.findAll(MethodDeclaration.class).stream().filter(m -> m.getBody().isPresent()).forEach(callables::add);
        callables.addAll(unit.findAll(ConstructorDeclaration.class));
        return callables;
    }

    private static int length(CallableDeclaration<?> callable) {
        Optional<BlockStmt> body = callable instanceof MethodDeclaration method ? method.getBody()
                : Optional.of(((ConstructorDeclaration) callable).getBody());
        int first = callable.getName().getBegin().orElseThrow().line;
        int last = body.orElseThrow().getEnd().orElseThrow().line;
        int text = callable.findAll(TextBlockLiteralExpr.class).stream()
                .mapToInt(t -> t.getEnd().orElseThrow().line - t.getBegin().orElseThrow().line).sum();
        return last - first + 1 - text;
    }
}
