package org.waymark.scoring;

import org.waymark.catalogue.model.Phase;
import org.waymark.catalogue.model.Strength;

/** An indicator that counts: present (answered YES or observed) with its strength in the profile. */
public record PresentIndicator(String id, Strength strength, Phase phase, boolean observed) {
}
