/** Screening sessions: the checklist walk-through one question at a time, answers, consent and completion. */
package org.waymark.screening;
