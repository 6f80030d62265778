package org.waymark.identity;

/** The kind of place where a unit screens people. */
public enum PlaceType {
    AIRPORT,
    LAND_BORDER,
    SEA_PORT,
    INLAND_CONTROL
}
