package org.waymark.identity.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import org.waymark.identity.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The second line behind the unit filter in every officer query: while a connection works for a request signed in as
 * an officer (or a trainee, whose unit is the practice unit), it carries that unit in the PostgreSQL setting {@code waymark.unit}, and the row-level security
 * policies (V15) then show it that unit's screenings and referrals only. It is set each time a connection is taken
 * (one statement, outside the transaction), to the unit or to nothing, so a scope never outlives its request; work
 * that is not an officer's runs with it empty.
 */
@Context
public final class OfficerRowScope implements ConnectionCustomizer<Connection> {

    OfficerRowScope(AbstractConnectionOperations<Connection> connections) {
        connections.addConnectionCustomizer(this);
    }

    @Override
    public <R> Function<ConnectionStatus<Connection>, R> intercept(Function<ConnectionStatus<Connection>, R> operation) {
        return status -> {
            if (status.isNew()) {
                // every time a connection is taken: the officer's unit, or nothing, so no scope outlives its request
                set(status.getConnection(), officerUnit().map(UUID::toString).orElse(""));
            }
            return operation.apply(status);
        };
    }

    private static Optional<UUID> officerUnit() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getUserPrincipal(Authentication.class))
                .map(CurrentUser::of)
                .filter(user -> user.role() == Role.OFFICER || user.role() == Role.TRAINEE)
                .map(CurrentUser::unitId);
    }

    /**
     * Narrows the rest of the current transaction to the screenings and referrals of {@code unitId}, for work done on an
     * officer's behalf away from the request's thread (it ends with the transaction).
     */
    public static void narrowTransaction(Connection connection, UUID unitId) {
        set(connection, unitId.toString(), true);
    }

    private static void set(Connection connection, String unit) {
        set(connection, unit, false);
    }

    private static void set(Connection connection, String unit, boolean transactionOnly) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('waymark.unit', ?, ?)")) {
            statement.setString(1, unit);
            statement.setBoolean(2, transactionOnly);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the officer's row scope on the connection", e);
        }
    }
}
