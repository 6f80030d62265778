package org.waymark.catalogue.model;

/** What makes a case urgent: a minor, violence, threats, confinement. */
public enum UrgentFlag {
    MINOR, VIOLENCE, THREATS, CONFINEMENT
}
