package org.waymark.identity;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;
import org.waymark.testing.TestPostgres;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The first administrator is made once, even when two instances start at the same moment on an empty production database. */
class FirstAdminTest {

    private static final String REAL_KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

    @Test
    void makesTheFirstAdministratorOnceWhenTwoInstancesBootstrapAtTheSameMoment() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestPostgres.freshDatabase());
        properties.putAll(Map.of("waymark.mode", "production", "waymark.secrets.master-key", REAL_KEY,
                "waymark.secrets.token-key", REAL_KEY, "waymark.bootstrap.admin-password", "first-admin-password-long"));
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            UserAccountRows users = context.getBean(UserAccountRows.class);
            assertThat(administrators(users)).as("made at start-up").hasSize(1);
            users.deleteAll(administrators(users)); // the empty database again, before two instances' start-up events
            FirstAdmin firstAdmin = context.getBean(FirstAdmin.class);

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<Future<?>> bootstraps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                bootstraps.add(instances.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    firstAdmin.bootstrap(null);
                    return null;
                }));
            }
            for (Future<?> bootstrap : bootstraps) {
                bootstrap.get(60, TimeUnit.SECONDS); // neither fails on the other's administrator (unique user name)
            }
            instances.shutdown();

            assertThat(administrators(users)).extracting(UserAccountRow::username).containsExactly("admin");
        }
    }

    private static List<UserAccountRow> administrators(UserAccountRows users) {
        return StreamSupport.stream(users.findAll().spliterator(), false).filter(user -> user.role() == Role.ADMIN).toList();
    }
}
