package org.waymark.catalogue;

import org.waymark.catalogue.model.Catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every catalogue version the service can use, each validated at load time. */
public final class CatalogueLibrary {

    private static final Comparator<Catalogue> BY_VERSION = Comparator.comparing(c -> SemanticVersion.parse(c.version()));
    private final List<Catalogue> catalogues;

    public CatalogueLibrary(List<Catalogue> catalogues) {
        this.catalogues = catalogues.stream().sorted(Comparator.comparing(Catalogue::id).thenComparing(BY_VERSION)).toList();
    }

    /** Loads every published version, after checking that none was changed; fails on the first invalid one. */
    public static CatalogueLibrary loadPublished(CatalogueFiles files) {
        PublishedVersions published = PublishedVersions.read(files);
        List<CatalogueProblem> tampered = published.verify(files);
        if (!tampered.isEmpty()) {
            throw new InvalidCatalogueException(tampered);
        }
        List<Catalogue> loaded = new ArrayList<>();
        for (String version : published.versions()) {
            String[] parts = version.split("/");
            loaded.add(CatalogueReader.read(files, parts[0], parts[1]));
        }
        if (loaded.isEmpty()) {
            throw new InvalidCatalogueException(List.of(new CatalogueProblem(PublishedVersions.MANIFEST, "", "lists no published catalogue")));
        }
        return new CatalogueLibrary(loaded);
    }

    public List<Catalogue> all() {
        return catalogues;
    }

    public Optional<Catalogue> find(String id, String version) {
        return catalogues.stream().filter(c -> c.id().equals(id) && c.version().equals(version)).findFirst();
    }

    /** The highest version of {@code id}. */
    public Optional<Catalogue> latest(String id) {
        return catalogues.stream().filter(c -> c.id().equals(id)).max(BY_VERSION);
    }
}
