package org.waymark.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.waymark.crypto.PasswordHasher;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;

import java.time.Clock;
import java.util.UUID;

/**
 * Creates the first administrator from {@code WAYMARK_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code WAYMARK_BOOTSTRAP_ADMIN_PASSWORD} when no administrator exists yet; does nothing otherwise.
 * Remove the variables after the first start.
 */
@Singleton
@Requires(property = "waymark.bootstrap.admin-password")
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccountRows users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdmin(UserAccountRows users, PasswordHasher hasher, Clock clock,
               BootstrapSettings settings) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.username = settings.adminUsername();
        this.password = settings.adminPassword();
    }

    @EventListener
    @Transactional
    void bootstrap(StartupEvent event) {
        // several instances starting at once on an empty database: one makes the administrator, the others then see it
        users.lockFirstAdmin();
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("WAYMARK_BOOTSTRAP_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        UserAccountRow admin = users.save(new UserAccountRow(UUID.randomUUID(), username, Role.ADMIN, null, null, null,
                hasher.hash(password.toCharArray()), true, clock.instant(), null, false));
        LOG.info("Created the first administrator (user {}); remove WAYMARK_BOOTSTRAP_ADMIN_PASSWORD now", admin.id());
    }
}
