/**
 * Screening sessions: an officer walks a person through a checklist one question at a time, each
 * answer saved at once and scored live; consent is recorded per purpose; completion freezes the answers.
 * Every read and write is scoped to the officer's unit in the query itself. Personal data is stored only
 * encrypted under a per-screening data key.
 */
package org.waymark.screening;
