/**
 * Anonymised statistics for supervisors. The core ({@link org.waymark.stats.DisclosureControl}, {@link
 * org.waymark.stats.CountTable}, {@link org.waymark.stats.PublishedTable}) is plain Java: minimum cell size k,
 * rounding down to the reporting resolution, complementary suppression, medians only over groups of at least k.
 * {@link org.waymark.stats.StatisticsQueries} reads only the de-identified projections (views {@code stats_screening},
 * {@code stats_referral}).
 */
package org.waymark.stats;
