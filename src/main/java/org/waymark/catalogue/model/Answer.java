package org.waymark.catalogue.model;

/** An answer to a checklist question. Only {@code YES} ever counts as an indicator being present. */
public enum Answer {
    YES, NO, UNKNOWN, DECLINED
}
