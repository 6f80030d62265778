package org.waymark.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

    final PdfRenderer renderer = new PdfRenderer();

    @Test
    void rendersAValidPdfA3bWithTheAttachmentInside() {
        byte[] pdf = renderer.render(document(List.of(PrintedDocument.Line.paragraph("Zażółć gęślą jaźń · Чи працюєте ви? · Вы работаете?"))));

        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(attachment(pdf)).isEqualTo("{\"id\":1}");
    }

    @Test
    void theValidatorRefusesAPdfWithoutArchivalParts() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            plain.save(out);

            assertThat(PdfAValidation.failures(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void showsPolishUkrainianAndRussianText() throws Exception {
        byte[] pdf = renderer.render(document(List.of(PrintedDocument.Line.field("Język", "Zażółć gęślą jaźń"),
                PrintedDocument.Line.paragraph("Чи працюєте ви більше годин, ніж домовлялися? Ґ є ї"),
                PrintedDocument.Line.bullet("Вы можете уйти, когда захотите?"))));

        assertThat(text(pdf)).contains("Zażółć gęślą jaźń", "Чи працюєте ви більше годин", "Ґ є ї", "Вы можете уйти");
    }

    @Test
    void replacesCharactersTheFontCannotShowInsteadOfFailing() throws Exception {
        byte[] pdf = renderer.render(document(List.of(PrintedDocument.Line.paragraph("tea \uD83C\uDF75 and 中文 end\u0007"))));

        assertThat(text(pdf)).contains("tea ? and ?? end");
    }

    @Test
    void wrapsLongTextOntoFurtherPages() throws Exception {
        List<PrintedDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(PrintedDocument.Line.field("Line " + i, "word ".repeat(40) + "end-" + i));
        }
        byte[] pdf = renderer.render(document(lines));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(text(pdf)).contains("end-0", "end-119", "4/");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void rendersTheSameDocumentToTheSameBytes() {
        PrintedDocument document = document(List.of(PrintedDocument.Line.paragraph("same")));

        assertThat(renderer.render(document)).isEqualTo(renderer.render(document));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String attachment(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            return new String(files.get("referral.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static PrintedDocument document(List<PrintedDocument.Line> lines) {
        return new PrintedDocument("Skierowanie · Referral", "pl", "WM-TEST-1", Instant.parse("2026-11-29T10:15:30Z"),
                List.of(new PrintedDocument.Section("Sekcja", lines)),
                List.of(new PrintedDocument.Attachment("referral.json", "application/json", "The same facts as JSON",
                        "{\"id\":1}".getBytes(StandardCharsets.UTF_8))));
    }
}
