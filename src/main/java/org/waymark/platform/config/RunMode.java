package org.waymark.platform.config;

/** How Waymark runs: {@code DEMO} seeds demo data and accepts the published demo secrets; {@code PRODUCTION} does neither. */
public enum RunMode {
    DEMO,
    PRODUCTION
}
