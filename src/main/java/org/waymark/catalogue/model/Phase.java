package org.waymark.catalogue.model;

/** When a fact happened: during recruitment (incl. transport) or at the destination. */
public enum Phase {
    RECRUITMENT, DESTINATION
}
