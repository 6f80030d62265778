package org.waymark.platform.database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The limited database role the service's connections act as (migration V8): insert-only on the audit trail. */
final class ApplicationRole {

    static final String NAME = "waymark_app";

    private ApplicationRole() {
    }

    /** Whether the login role may act as the application role. */
    static boolean available(DataSource owner) {
        try (Connection connection = owner.getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "select exists (select 1 from pg_roles where rolname = '" + NAME + "') "
                             + "and pg_has_role(current_user, '" + NAME + "', 'MEMBER')")) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
