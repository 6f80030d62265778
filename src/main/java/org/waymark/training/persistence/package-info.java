/** Stored quiz attempts and programme records (V37). */
package org.waymark.training.persistence;
