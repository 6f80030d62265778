package org.waymark.catalogue.model;

/**
 * An answer to a checklist question, as the person gave it to the question they heard. Which answer means
 * "present" is the question's {@link Question#presentWhen()}; UNKNOWN and DECLINED never count either way.
 */
public enum Answer {
    YES, NO, UNKNOWN, DECLINED
}
