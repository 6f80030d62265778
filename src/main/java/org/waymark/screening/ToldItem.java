package org.waymark.screening;

/** What the person must have been told before consent counts (IOM Human Trafficking Case Data Standard). */
public enum ToldItem {
    PURPOSE, DATA_USE, RESEARCH_USE, RETENTION, RIGHT_OF_ACCESS, WITHDRAWAL
}
