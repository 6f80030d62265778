package org.waymark.screening;

/** In progress (answers can change) or completed (frozen, referable; reopened only with a reason). */
public enum ScreeningStatus {
    IN_PROGRESS, COMPLETED
}
