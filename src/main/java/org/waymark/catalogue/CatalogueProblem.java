package org.waymark.catalogue;

/** One thing wrong with a catalogue: the file, the path inside it, and what is wrong. */
public record CatalogueProblem(String file, String path, String message) {

    @Override
    public String toString() {
        return file + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
