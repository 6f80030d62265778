package org.waymark.referral;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What is signed and encrypted: a ZIP archive holding {@code referral.pdf} (PDF/A-3b, with the JSON also attached
 * inside) and {@code referral.json}. A ZIP so that any partner tool gets both files with one standard step
 * ({@code unzip}); entry times are the packet's creation time, so the same packet zips to the same bytes.
 */
public final class ReferralPacket {

    public static final String PDF_NAME = "referral.pdf";
    public static final String JSON_NAME = "referral.json";
    public static final String ARCHIVE_NAME = "referral.zip";

    private ReferralPacket() {
    }

    static byte[] archive(byte[] pdf, byte[] json, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + json.length + 512);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // the PDF's streams are compressed already and the packet is encrypted anyway: deflating again costs
            // more time than it saves bytes
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (Map.Entry<String, byte[]> file : Map.of(PDF_NAME, pdf, JSON_NAME, json).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(FileTime.from(created));
                entry.setCreationTime(FileTime.from(created));
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The files of an archive, by name; anything but the two expected files is refused. */
    public static Map<String, byte[]> unpack(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().equals(PDF_NAME) && !entry.getName().equals(JSON_NAME) || files.containsKey(entry.getName())) {
                    throw new IllegalArgumentException("unexpected file in the packet");
                }
                files.put(entry.getName(), zip.readNBytes(50 * 1024 * 1024));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the packet contents are not a readable archive");
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("the packet must hold referral.pdf and referral.json");
        }
        return files;
    }
}
