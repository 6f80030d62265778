package org.waymark.scoring;

import java.util.List;

/**
 * Step 2: one combination of the decision rule (e.g. {@code trafficking}, {@code trafficking-child-palermo})
 * and whether it is indicated, with the parts of the rule that held and those that did not.
 */
public record Reading(String id, boolean indicated, List<String> held, List<String> notHeld) {

    public Reading {
        held = List.copyOf(held);
        notHeld = List.copyOf(notHeld);
    }
}
