package org.waymark.training;

/** The service or body a participant works for, as the programme reports them to its donor. */
public enum ParticipantService {
    BORDER_GUARD, POLICE, ARMED_FORCES, MUNICIPAL_GUARD, OTHER_SERVICE, LOCAL_AUTHORITY, NGO, VOLUNTEER
}
