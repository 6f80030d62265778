package org.waymark.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to print, independent of PDF: a titled document of sections, each a list of lines, plus files to
 * attach inside the PDF. The caller decides the words (and their language); the renderer only lays them out.
 *
 * @param documentId stable identifier written as the PDF's file identifier, so the same input renders the same bytes
 */
public record PrintedDocument(String title, String language, String documentId, Instant created, List<Section> sections,
                              List<Attachment> attachments) {

    public PrintedDocument {
        Objects.requireNonNull(title);
        Objects.requireNonNull(language);
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(created);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    /** A heading and its lines. */
    public record Section(String heading, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of content: a labelled value ({@code label} set), a paragraph ({@code label} null) or an item of a
     * list ({@code bullet}). Long text wraps; line breaks in the text are kept.
     */
    public record Line(String label, String text, boolean bullet) {
        public static Line field(String label, String value) {
            return new Line(label, value, false);
        }

        public static Line paragraph(String text) {
            return new Line(null, text, false);
        }

        public static Line bullet(String text) {
            return new Line(null, text, true);
        }
    }

    /** A file carried inside the PDF (PDF/A-3 associated file). */
    public record Attachment(String fileName, String mimeType, String description, byte[] data) {
    }
}
