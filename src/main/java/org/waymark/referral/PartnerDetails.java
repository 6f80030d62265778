package org.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an administrator sets about a partner: the regions it covers, its contact and an optional push endpoint. */
@Serdeable
public record PartnerDetails(@NotNull @Size(max = 50) List<String> regions, @Nullable @Size(max = 500) String contact,
                             @Nullable @Size(max = 500) String pushEndpoint) {
}
