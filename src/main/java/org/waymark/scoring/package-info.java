/** The pure scoring engine: (catalogue version, profile, answers) to an explained assessment. No framework, no I/O, no clock. */
package org.waymark.scoring;
