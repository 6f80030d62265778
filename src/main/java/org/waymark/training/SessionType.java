package org.waymark.training;

/** What kind of programme activity a session was; a study visit abroad names the countries visited. */
public enum SessionType {
    TRAINING, WORKSHOP_WITH_LABOUR_INSPECTORATE, E_LEARNING, STUDY_VISIT
}
