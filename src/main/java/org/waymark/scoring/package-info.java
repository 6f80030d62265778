/**
 * The pure scoring engine: (catalogue version, profile, answers, observations) to an explained
 * {@link org.waymark.scoring.Assessment}. No framework, no I/O, no clock, no randomness: the same input
 * gives the same result today and in ten years. Only {@code YES} answers and officer observations count
 * as present; {@code UNKNOWN}, {@code DECLINED} and unanswered never do, and the result lists which of
 * them could change it.
 */
package org.waymark.scoring;
