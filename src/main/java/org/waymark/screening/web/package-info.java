/** The screening API for officers: start, walk through, answer, consent, complete, reopen. */
package org.waymark.screening.web;
