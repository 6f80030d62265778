package org.waymark.identity;

import jakarta.inject.Singleton;
import org.waymark.identity.persistence.UserAccountRow;
import org.waymark.identity.persistence.UserAccountRows;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The user names of accounts, by id: for a list that must say whose record each line is, and nothing more of them. */
@Singleton
public class Usernames {

    private final UserAccountRows users;

    Usernames(UserAccountRows users) {
        this.users = users;
    }

    public Map<UUID, String> of(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : users.findByIdIn(ids).stream().collect(Collectors.toMap(UserAccountRow::id, UserAccountRow::username));
    }
}
