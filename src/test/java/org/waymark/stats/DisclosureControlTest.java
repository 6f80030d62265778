package org.waymark.stats;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Property tests over random tables (seeded, so a failure can be replayed from its seed). */
class DisclosureControlTest {

    static final int K = 11;
    final DisclosureControl control = new DisclosureControl(K, K);
    static final Random SEEDS = new Random(20261129);

    @RepeatedTest(300)
    void noPublishedFigureIsBetweenOneAndKMinusOneOrZero() {
        PublishedTable published = control.publish(randomTable(SEEDS.nextLong()), false, false);

        allFigures(published).forEach(f -> {
            if (!f.suppressed()) {
                assertThat(f.value()).isGreaterThanOrEqualTo(K).matches(v -> v % K == 0, "a multiple of the resolution");
            } else {
                assertThat(f.display()).isEqualTo("< 11");
                assertThat(f.value()).isNull();
            }
        });
    }

    @RepeatedTest(300)
    void onePersonMoreChangesNoPublishedFigureByLessThanTheResolution() {
        long seed = SEEDS.nextLong();
        CountTable before = randomTable(seed);
        Random random = new Random(seed + 1);
        long[][] counts = copy(before.counts());
        counts[random.nextInt(counts.length)][random.nextInt(counts[0].length)]++;
        CountTable after = new CountTable(before.rows(), before.columns(), counts);

        List<Figure> a = allFigures(control.publish(before, false, false));
        List<Figure> b = allFigures(control.publish(after, false, false));

        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).suppressed() && !b.get(i).suppressed()) {
                long difference = Math.abs(a.get(i).value() - b.get(i).value());
                assertThat(difference).as("seed %d, figure %d", seed, i).matches(d -> d == 0 || d >= K);
            }
        }
    }

    @RepeatedTest(300)
    void noSuppressedFigureFollowsFromItsRowItsColumnOrTheTotal() {
        long seed = SEEDS.nextLong();
        PublishedTable published = control.publish(randomTable(seed), false, false);
        int rows = published.rows().size();
        int columns = published.columns().size();

        for (int i = 0; i < rows; i++) {
            List<Figure> line = new ArrayList<>(published.cells().get(i));
            line.add(published.rowTotals().get(i));
            assertThat(suppressedIn(line)).as("seed %d, row %d", seed, i).isNotEqualTo(1);
        }
        for (int j = 0; j < columns; j++) {
            List<Figure> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                line.add(published.cells().get(i).get(j));
            }
            line.add(published.columnTotals().get(j));
            assertThat(suppressedIn(line)).as("seed %d, column %d", seed, j).isNotEqualTo(1);
        }
        List<Figure> margins = new ArrayList<>(published.rowTotals());
        margins.add(published.total());
        assertThat(suppressedIn(margins)).isNotEqualTo(1);
        List<Figure> columnMargins = new ArrayList<>(published.columnTotals());
        columnMargins.add(published.total());
        assertThat(suppressedIn(columnMargins)).isNotEqualTo(1);
    }

    /**
     * The attack: two overlapping queries — the total by region, and region × sex — and subtraction. With rounding,
     * what the published figures allow for the hidden cell is never narrower than the whole range 0..k-1.
     */
    @RepeatedTest(200)
    void aDifferencingAttackOnOverlappingQueriesRecoversNothing() {
        long seed = SEEDS.nextLong();
        CountTable bySex = randomTable(seed);
        long[][] totals = new long[bySex.rows().size()][1];
        for (int i = 0; i < totals.length; i++) {
            totals[i][0] = bySex.rowTotal(i);
        }
        PublishedTable byRegion = control.publish(new CountTable(bySex.rows(), List.of("all"), totals), false, false);
        PublishedTable detailed = control.publish(bySex, false, false);

        for (int i = 0; i < totals.length; i++) {
            Figure regionTotal = byRegion.cells().get(i).get(0);
            List<Figure> line = detailed.cells().get(i);
            if (regionTotal.suppressed() || suppressedIn(line) != 1) {
                continue;
            }
            // one hidden cell: the attacker bounds it by total - others, each true value in [published, published + k - 1]
            long othersLow = line.stream().filter(f -> !f.suppressed()).mapToLong(Figure::value).sum();
            long othersHigh = othersLow + (long) (line.size() - 1) * (K - 1);
            long low = Math.max(0, regionTotal.value() - othersHigh);
            long high = Math.min(K - 1, regionTotal.value() + K - 1 - othersLow);
            assertThat(high - low).as("seed %d, row %d: the hidden cell is pinned down", seed, i).isGreaterThanOrEqualTo(K - 1);
        }
    }

    /** Labels are part of the disclosure: one rare person's category never appears by name, in rows or columns. */
    @RepeatedTest(200)
    void aRareCategoryIsNeverListedByName() {
        long seed = SEEDS.nextLong();
        java.util.Random random = new java.util.Random(seed);
        CountTable base = randomTable(seed);
        List<String> rows = new java.util.ArrayList<>(base.rows());
        rows.add("RARE-ROW");
        long[][] counts = new long[rows.size()][];
        for (int i = 0; i < base.rows().size(); i++) {
            counts[i] = base.counts()[i];
        }
        counts[rows.size() - 1] = new long[base.columns().size()];
        counts[rows.size() - 1][random.nextInt(base.columns().size())] = 1 + random.nextInt(K - 1);
        PublishedTable published = control.publish(new CountTable(rows, base.columns(), counts));

        assertThat(published.rows()).as("seed %d", seed).doesNotContain("RARE-ROW").contains(DisclosureControl.OTHER);
        CountTable input = new CountTable(rows, base.columns(), counts);
        published.rows().stream().filter(label -> !label.equals(DisclosureControl.OTHER))
                .forEach(label -> assertThat(input.rowTotal(rows.indexOf(label))).as("seed %d: %s is listed by name", seed, label)
                        .isGreaterThanOrEqualTo(K));
        PublishedTable flipped = control.publish(new CountTable(base.columns(), rows, transpose(counts)));
        assertThat(flipped.columns()).as("seed %d, as a column", seed).doesNotContain("RARE-ROW");
        assertThat(flipped.csv("x")).doesNotContain("RARE-ROW");
    }

    /**
     * One rare person added to a random table: whichever rare category they are in (one of their own, or one where
     * others below k already are), the published table and its CSV are exactly the same and name neither category;
     * next to the table without them, the only new label is OTHER. The rare attribute is the rows or the columns.
     */
    @RepeatedTest(300)
    void onePersonInARareCategoryCannotBeToldApartFromOneInAnotherRareCategory() {
        long seed = SEEDS.nextLong();
        RarePerson person = RarePerson.random(seed);

        PublishedTable inA = person.publish(control, person.inA());
        PublishedTable inB = person.publish(control, person.inB());
        PublishedTable without = person.publish(control, person.without());

        assertThat(inA).as("seed %d", seed).isEqualTo(inB);
        assertThat(inA.csv("x")).as("seed %d", seed).isEqualTo(inB.csv("x")).doesNotContain(RarePerson.A).doesNotContain(RarePerson.B);
        assertThat(inA.toString()).as("seed %d", seed).doesNotContain(RarePerson.A).doesNotContain(RarePerson.B);
        assertThat(labels(inA)).as("seed %d: labels beyond those without the person", seed)
                .allMatch(label -> labels(without).contains(label) || label.equals(DisclosureControl.OTHER));
    }

    /**
     * The same for a differentially private release, with noise strong enough (ε 0.1) that a rare category noised on
     * its own would often pass k: the categories are chosen before the noise, so with the same random draws the
     * release is the same whichever rare category the person is in, and never names it.
     */
    @RepeatedTest(300)
    void aPrivateReleaseNeverNamesARareCategoryNorTellsWhichRareCategoryAPersonIsIn() throws Exception {
        long seed = SEEDS.nextLong();
        RarePerson person = RarePerson.random(seed);

        PublishedTable inA = person.publish(control, person.inA(), noise(seed));
        PublishedTable inB = person.publish(control, person.inB(), noise(seed));

        assertThat(inA).as("seed %d", seed).isEqualTo(inB);
        assertThat(inA.csv("x") + inA).as("seed %d", seed).doesNotContain(RarePerson.A).doesNotContain(RarePerson.B);
    }

    private static GeometricNoise noise(long seed) throws java.security.NoSuchAlgorithmException {
        java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return new GeometricNoise(0.1, random);
    }

    private static List<String> labels(PublishedTable table) {
        List<String> labels = new ArrayList<>(table.rows());
        labels.addAll(table.columns());
        return labels;
    }

    /**
     * A random table with two rare categories A and B (each below k - 1, absent when empty, as the database lists only
     * categories that occur), and one more person in {@code column} who is in A or in B.
     */
    record RarePerson(CountTable base, long[] a, long[] b, int column, boolean asColumns, boolean mergeOther) {

        static final String A = "RARE-A";
        static final String B = "RARE-B";

        static RarePerson random(long seed) {
            Random random = new Random(seed);
            CountTable base = randomTable(seed);
            int width = base.columns().size();
            return new RarePerson(base, rare(random, width), rare(random, width), random.nextInt(width), random.nextBoolean(), random.nextBoolean());
        }

        private static long[] rare(Random random, int width) {
            long[] row = new long[width];
            for (int people = random.nextInt(K - 1); people > 0; people--) {
                row[random.nextInt(width)]++;
            }
            return row;
        }

        CountTable without() {
            return table(a, b);
        }

        CountTable inA() {
            return table(plusOne(a), b);
        }

        CountTable inB() {
            return table(a, plusOne(b));
        }

        /** Published with the rare attribute as rows or as columns; the other attribute merged or not (a period is not). */
        PublishedTable publish(DisclosureControl control, CountTable table) {
            return asColumns ? control.publish(flipped(table), mergeOther, true) : control.publish(table, true, mergeOther);
        }

        PublishedTable publish(DisclosureControl control, CountTable table, GeometricNoise noise) {
            return asColumns ? control.publish(flipped(table), mergeOther, true, noise) : control.publish(table, true, mergeOther, noise);
        }

        private long[] plusOne(long[] row) {
            long[] more = row.clone();
            more[column]++;
            return more;
        }

        private CountTable table(long[] rareA, long[] rareB) {
            List<String> rows = new ArrayList<>(base.rows());
            List<long[]> counts = new ArrayList<>(List.of(base.counts()));
            if (java.util.Arrays.stream(rareA).sum() > 0) {
                rows.add(A);
                counts.add(rareA);
            }
            if (java.util.Arrays.stream(rareB).sum() > 0) {
                rows.add(B);
                counts.add(rareB);
            }
            return new CountTable(rows, base.columns(), counts.toArray(new long[0][]));
        }

        private static CountTable flipped(CountTable table) {
            return new CountTable(table.columns(), table.rows(), transpose(table.counts()));
        }
    }

    private static long[][] transpose(long[][] counts) {
        long[][] flipped = new long[counts[0].length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[0].length; j++) {
                flipped[j][i] = counts[i][j];
            }
        }
        return flipped;
    }

    @Test
    void mediansOnlyOverGroupsOfAtLeastK() {
        List<Double> ten = IntStream.range(0, 10).mapToObj(i -> (double) i).toList();
        List<Double> eleven = IntStream.range(0, 11).mapToObj(i -> (double) i).toList();

        assertThat(control.median(ten)).isEmpty();
        assertThat(control.median(eleven)).hasValue(5.0);
    }

    @Test
    void refusesAMinimumCellSizeBelowFiveAndAResolutionBelowK() {
        assertThatThrownBy(() -> new DisclosureControl(4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisclosureControl(11, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishesATableWithNothingInItAsASuppressedTotal() {
        CountTable empty = new CountTable(List.of(), List.of("count"), new long[0][1]);

        PublishedTable published = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> control.publish(empty, false, false), "publishing an empty table must end");

        assertThat(published.rows()).isEmpty();
        assertThat(published.total().suppressed()).isTrue();
    }

    @Test
    void showsTheWorkedExample() {
        CountTable table = new CountTable(List.of("2026-Q1", "2026-Q2"), List.of("FEMALE", "MALE"), new long[][]{{40, 3}, {25, 30}});

        PublishedTable published = control.publish(table, false, false);

        assertThat(published.cells().get(0).get(1).display()).isEqualTo("< 11");
        assertThat(published.cells().get(0).get(0).suppressed()).as("complement in the row").isTrue();
        assertThat(published.cells().get(1).get(1).suppressed()).as("complement in the column, then everything in a 2 × 2").isTrue();
        assertThat(published.rowTotals().get(1).display()).as("55 rounded down to a multiple of 11").isEqualTo("55");
        assertThat(published.rowTotals().get(0).display()).as("43 rounded down").isEqualTo("33");
        assertThat(published.total().display()).as("98 rounded down").isEqualTo("88");
        assertThat(published.csv("quarter")).startsWith("\"quarter\",\"FEMALE\",\"MALE\",total\n");
    }

    static CountTable randomTable(long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(5);
        long[][] counts = new long[rows][columns];
        for (long[] row : counts) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextInt(4) == 0 ? random.nextInt(K) : random.nextInt(120);
            }
        }
        return new CountTable(IntStream.range(0, rows).mapToObj(i -> "r" + i).toList(),
                IntStream.range(0, columns).mapToObj(j -> "c" + j).toList(), counts);
    }

    static List<Figure> allFigures(PublishedTable table) {
        List<Figure> all = new ArrayList<>();
        table.cells().forEach(all::addAll);
        all.addAll(table.rowTotals());
        all.addAll(table.columnTotals());
        all.add(table.total());
        return all;
    }

    private static int suppressedIn(List<Figure> line) {
        return (int) line.stream().filter(Figure::suppressed).count();
    }

    private static long[][] copy(long[][] counts) {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
