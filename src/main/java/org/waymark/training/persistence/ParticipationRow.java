package org.waymark.training.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** How many participants of one service and sex took part in a session. */
@MappedEntity("training_participation")
public record ParticipationRow(@Id UUID id, UUID sessionId, String service, String sex, int participants) {
}
