package org.waymark.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a {@link PrintedDocument} as an A4 PDF/A-3b: DejaVu Sans embedded as a subset (Latin, Polish,
 * Cyrillic), XMP metadata, an sRGB output intent, and the attachments as associated files. The same document
 * renders to the same bytes: every date and the file identifier come from the input.
 *
 * <p>Thread-safe; the font files are read once and parsed per document.
 */
public final class PdfRenderer {

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = resource(FONT_FOLDER + "DejaVuSans.ttf");
    private static final byte[] BOLD = resource(FONT_FOLDER + "DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static final float MARGIN = 56;
    static final float TITLE_SIZE = 16;
    static final float HEADING_SIZE = 12.5f;
    static final float BODY_SIZE = 9.5f;
    static final float LABEL_WIDTH = 150;
    static final float LEADING = 1.35f;

    public byte[] render(PrintedDocument document) {
        try (PDDocument pdf = new PDDocument();
             TrueTypeFont regularFont = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
             TrueTypeFont boldFont = new TTFParser().parse(new RandomAccessReadBuffer(BOLD))) {
            Fonts fonts = new Fonts(PDType0Font.load(pdf, regularFont, true), PDType0Font.load(pdf, boldFont, true),
                    regularFont, boldFont);
            PageWriter writer = new PageWriter(pdf, fonts, document.title() + " · " + document.documentId());
            writer.title(document.title());
            for (PrintedDocument.Section section : document.sections()) {
                writer.heading(section.heading());
                for (PrintedDocument.Line line : section.lines()) {
                    writer.line(line);
                }
            }
            writer.finish();
            archivalParts(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a PDF failed", e);
        }
    }

    private static void archivalParts(PDDocument pdf, PrintedDocument document) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        Calendar created = calendar(document);
        catalog.setLanguage(document.language());
        catalog.setMetadata(metadata(pdf, document, created));

        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        if (!document.attachments().isEmpty()) {
            attach(pdf, catalog, document.attachments(), created);
        }
        byte[] id = fileIdentifier(document.documentId());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static PDMetadata metadata(PDDocument pdf, PrintedDocument document, Calendar created) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(document.title());
            dc.addCreator("Waymark");
            dc.addLanguage(document.language());
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            basic.setCreatorTool("Waymark");
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer("Waymark with Apache PDFBox");
            PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
            identification.setPart(3);
            identification.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(out.toByteArray());
            return metadata;
        } catch (javax.xml.transform.TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException("XMP metadata", e);
        }
    }

    private static void attach(PDDocument pdf, PDDocumentCatalog catalog, List<PrintedDocument.Attachment> attachments, Calendar created)
            throws IOException {
        COSArray associated = new COSArray();
        Map<String, PDComplexFileSpecification> byName = new java.util.TreeMap<>();
        for (PrintedDocument.Attachment attachment : attachments) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.data()));
            embedded.setSubtype(attachment.mimeType());
            embedded.setSize(attachment.data().length);
            embedded.setCreationDate(created);
            embedded.setModDate(created);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile(attachment.fileName());
            file.setFileUnicode(attachment.fileName());
            file.setFileDescription(attachment.description());
            file.setEmbeddedFile(embedded);
            file.setEmbeddedFileUnicode(embedded);
            // PDF/A-3: every embedded file says how it relates to the document; the JSON is its data
            file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            byName.put(attachment.fileName(), file);
            associated.add(file);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static Calendar calendar(PrintedDocument document) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(document.created().toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    private static byte[] fileIdentifier(String documentId) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two embedded fonts and their glyph tables (to replace characters the font cannot show). */
    record Fonts(PDType0Font regular, PDType0Font bold, TrueTypeFont regularGlyphs, TrueTypeFont boldGlyphs) {
    }


    static PDRectangle pageSize() {
        return PDRectangle.A4;
    }
}
