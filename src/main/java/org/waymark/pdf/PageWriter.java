package org.waymark.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lays text out top to bottom on A4 pages: wraps words, starts new pages, numbers them. */
final class PageWriter {

    private static final float WIDTH = PdfRenderer.pageSize().getWidth();
    private static final float HEIGHT = PdfRenderer.pageSize().getHeight();
    private static final float TEXT_WIDTH = WIDTH - 2 * PdfRenderer.MARGIN;
    private static final float BULLET_INDENT = 12;

    private final PDDocument pdf;
    private final PdfRenderer.Fonts fonts;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument pdf, PdfRenderer.Fonts fonts, String footer) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.footer = footer;
    }

    void title(String title) throws IOException {
        for (String line : wrap(title, fonts.bold(), fonts.boldGlyphs(), PdfRenderer.TITLE_SIZE, TEXT_WIDTH)) {
            text(line, fonts.bold(), PdfRenderer.TITLE_SIZE, PdfRenderer.MARGIN, PdfRenderer.TITLE_SIZE * PdfRenderer.LEADING);
        }
        y -= 6;
    }

    void heading(String heading) throws IOException {
        float height = PdfRenderer.HEADING_SIZE * PdfRenderer.LEADING;
        // keep a heading with at least two lines of what follows
        ensureRoom(height + 8 + 2 * PdfRenderer.BODY_SIZE * PdfRenderer.LEADING);
        y -= 8;
        for (String line : wrap(heading, fonts.bold(), fonts.boldGlyphs(), PdfRenderer.HEADING_SIZE, TEXT_WIDTH)) {
            text(line, fonts.bold(), PdfRenderer.HEADING_SIZE, PdfRenderer.MARGIN, height);
        }
    }

    void line(PrintedDocument.Line line) throws IOException {
        float height = PdfRenderer.BODY_SIZE * PdfRenderer.LEADING;
        if (line.label() != null) {
            float valueX = PdfRenderer.MARGIN + PdfRenderer.LABEL_WIDTH;
            List<String> labels = wrap(line.label(), fonts.bold(), fonts.boldGlyphs(), PdfRenderer.BODY_SIZE, PdfRenderer.LABEL_WIDTH - 8);
            List<String> values = wrap(line.text(), fonts.regular(), fonts.regularGlyphs(), PdfRenderer.BODY_SIZE,
                    TEXT_WIDTH - PdfRenderer.LABEL_WIDTH);
            int rows = Math.max(labels.size(), values.size());
            for (int i = 0; i < rows; i++) {
                ensureRoom(height);
                y -= height;
                if (i < labels.size()) {
                    show(labels.get(i), fonts.bold(), PdfRenderer.BODY_SIZE, PdfRenderer.MARGIN);
                }
                if (i < values.size()) {
                    show(values.get(i), fonts.regular(), PdfRenderer.BODY_SIZE, valueX);
                }
            }
            return;
        }
        float indent = line.bullet() ? BULLET_INDENT : 0;
        List<String> rows = wrap(line.text(), fonts.regular(), fonts.regularGlyphs(), PdfRenderer.BODY_SIZE, TEXT_WIDTH - indent);
        for (int i = 0; i < rows.size(); i++) {
            ensureRoom(height);
            y -= height;
            if (line.bullet() && i == 0) {
                show("•", fonts.regular(), PdfRenderer.BODY_SIZE, PdfRenderer.MARGIN + 2);
            }
            show(rows.get(i), fonts.regular(), PdfRenderer.BODY_SIZE, PdfRenderer.MARGIN + indent);
        }
    }

    void finish() throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footerStream = new PDPageContentStream(pdf, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String text = clean(footer + " · " + (i + 1) + "/" + total, fonts.regularGlyphs());
                footerStream.beginText();
                footerStream.setFont(fonts.regular(), 7.5f);
                footerStream.newLineAtOffset(PdfRenderer.MARGIN, PdfRenderer.MARGIN / 2);
                footerStream.showText(text);
                footerStream.endText();
            }
        }
    }

    private void text(String line, PDType0Font font, float size, float x, float height) throws IOException {
        ensureRoom(height);
        y -= height;
        show(line, font, size, x);
    }

    private void show(String text, PDType0Font font, float size, float x) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private void ensureRoom(float height) throws IOException {
        if (content == null || y - height < PdfRenderer.MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PdfRenderer.pageSize());
        pdf.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(pdf, page);
        y = HEIGHT - PdfRenderer.MARGIN;
    }

    /** Splits text into lines that fit {@code width}: at line breaks, then between words, then inside over-long words. */
    static List<String> wrap(String text, PDType0Font font, TrueTypeFont glyphs, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text, glyphs).split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = cut(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * Where to split a word too long for a line: after the last "/", "?", "&", "=" or "-" that fits (so a web
     * address breaks at one of its parts), else after the last character that fits.
     */
    private static int cut(String word, PDType0Font font, float size, float width) throws IOException {
        int cut = word.length() - 1;
        while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
            cut--;
        }
        for (int i = cut - 1; i > cut / 2; i--) {
            if ("/?&=-".indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return cut;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Keeps line breaks; turns other control characters into spaces and characters the font lacks into "?". */
    static String clean(String text, TrueTypeFont glyphs) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        var cmap = glyphs.getUnicodeCmapLookup();
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
