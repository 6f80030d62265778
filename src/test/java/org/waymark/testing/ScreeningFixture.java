package org.waymark.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A valid start-screening request that tests change one field at a time. */
public final class ScreeningFixture {

    private ScreeningFixture() {
    }

    /** An adult labour screening on catalogue 1.0.0 at an airport, in Ukrainian, for a person called {@code name}; mutable. */
    public static Map<String, Object> startRequest(UUID id, String checklist, String name) {
        Map<String, Object> request = new HashMap<>();
        request.put("id", id.toString());
        request.put("catalogue", "waymark-indicators");
        request.put("catalogueVersion", "1.0.0"); // the mechanics tests answer 1.0.0's question ids; 2.0.0 has its own tests
        request.put("checklist", checklist);
        request.put("intervieweeLanguage", "uk");
        request.put("interpreterPresent", false);
        request.put("placeType", "AIRPORT");
        request.put("exploitation", "LABOUR");
        request.put("ageBand", "AGE_25_34");
        request.put("sex", "FEMALE");
        request.put("nationality", "UA");
        request.put("person", Map.of("nameOrAlias", name));
        return request;
    }
}
