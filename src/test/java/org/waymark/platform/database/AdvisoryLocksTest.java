package org.waymark.platform.database;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AdvisoryLocksTest {

    @Test
    void noTwoUsesShareALockId() {
        long[] ids = Arrays.stream(AdvisoryLocks.class.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .mapToLong(AdvisoryLocksTest::value).toArray();

        assertThat(ids).hasSizeGreaterThan(5).doesNotHaveDuplicates();
    }

    private static long value(Field field) {
        try {
            return field.getLong(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
