package org.waymark.catalogue.model;

import java.util.Optional;

/** An indicator set: adult or child, labour or sexual exploitation. Provisional where not yet transcribed. */
public record Profile(String id, boolean minor, String exploitation, boolean provisional, String source, Optional<String> verify) {
}
