/** How screenings, answers and consents are stored. Only the screening capability uses these. */
package org.waymark.screening.persistence;
