package org.waymark.catalogue;

import org.waymark.shared.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest {@code published.sha256} ({@code sha256sum} format): the SHA-256 of every file of every
 * published catalogue version. A published version is immutable: any change to one of its files, or a
 * file added to it, is a problem, so the build fails.
 */
public final class PublishedVersions {

    public static final String MANIFEST = "published.sha256";

    private final Map<String, String> hashByPath;

    private PublishedVersions(Map<String, String> hashByPath) {
        this.hashByPath = hashByPath;
    }

    public static PublishedVersions read(CatalogueFiles files) {
        Map<String, String> hashes = new LinkedHashMap<>();
        Optional<byte[]> manifest = files.read(MANIFEST);
        if (manifest.isPresent()) {
            for (String line : new String(manifest.get(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\\s+\\*?", 2);
                    hashes.put(parts[1], parts[0]);
                }
            }
        }
        return new PublishedVersions(hashes);
    }

    /** Published versions as "id/version". */
    public Set<String> versions() {
        Set<String> versions = new LinkedHashSet<>();
        for (String path : hashByPath.keySet()) {
            String[] parts = path.split("/");
            if (parts.length > 3 && parts[0].equals("catalogues")) {
                versions.add(parts[1] + "/" + parts[2]);
            }
        }
        return versions;
    }

    public boolean isPublished(String id, String version) {
        return versions().contains(id + "/" + version);
    }

    /** Every changed, missing or unlisted file of a published version. */
    public List<CatalogueProblem> verify(CatalogueFiles files) {
        List<CatalogueProblem> problems = new ArrayList<>();
        hashByPath.forEach((path, expected) -> {
            Optional<byte[]> content = files.read(path);
            if (content.isEmpty()) {
                problems.add(new CatalogueProblem(path, "", "is listed in " + MANIFEST + " as published but is missing"));
            } else if (!sha256(content.get()).equals(expected)) {
                problems.add(new CatalogueProblem(path, "", "was changed after it was published: publish a new version instead"));
            }
        });
        for (String version : versions()) {
            for (String path : files.list("catalogues/" + version)) {
                if (!hashByPath.containsKey(path)) {
                    problems.add(new CatalogueProblem(path, "", "was added to a published version: publish a new version instead"));
                }
            }
        }
        return problems;
    }

    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
