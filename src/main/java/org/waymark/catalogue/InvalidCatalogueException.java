package org.waymark.catalogue;

import java.util.List;

/** The catalogue cannot be used; the message lists every problem, each naming the file and the path in it. */
public final class InvalidCatalogueException extends RuntimeException {

    private final List<CatalogueProblem> problems;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        super("invalid indicator catalogue (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems.stream().map(CatalogueProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
