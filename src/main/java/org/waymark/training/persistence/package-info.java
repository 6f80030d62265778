/** Stored practice cases and practice screenings, quiz attempts and programme records. */
package org.waymark.training.persistence;
