package org.waymark.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waymark.identity.OrganisationType;
import org.waymark.identity.PlaceType;
import org.waymark.identity.Role;

import java.util.UUID;

/** Commands and views of the admin API. A user view never carries the password hash. */
public final class AdminViews {

    private static final String CODE = "[a-z0-9-]{2,40}";

    private AdminViews() {
    }

    @Serdeable
    public record CreateRegion(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name) {
    }

    @Serdeable
    public record CreateUnit(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
                      @NotNull UUID regionId, @NotNull PlaceType placeType) {
    }

    @Serdeable
    public record CreateOrganisation(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
                              @NotNull OrganisationType type) {
    }

    @Serdeable
    public record CreateUser(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}") String username, @NotNull Role role,
                      @Nullable UUID unitId, @Nullable UUID regionId, @Nullable UUID organisationId,
                      @NotBlank @Size(min = 12, max = 200) String password) {

        @Override
        public String toString() {
            return "CreateUser[" + username + ", " + role + "]";
        }
    }

    @Serdeable
    public record UserView(UUID id, String username, Role role, @Nullable UUID unitId, @Nullable UUID regionId,
                    @Nullable UUID organisationId, boolean enabled) {
    }

    /** A new role and scope for an account; the account's sessions end, so the next sign-in carries them. */
    @Serdeable
    public record Assignment(@NotNull Role role, @Nullable UUID unitId, @Nullable UUID regionId, @Nullable UUID organisationId) {
    }

    /** A password an administrator sets for an account (it ends the account's sessions). */
    @Serdeable
    public record NewPassword(@NotBlank @Size(min = 12, max = 200) String password) {

        @Override
        public String toString() {
            return "NewPassword[REDACTED]";
        }
    }
}
