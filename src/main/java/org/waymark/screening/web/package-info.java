/**
 * The screening API for officers (start, walk through, answer, consent, complete, reopen) and the pages over the same
 * services: the start form, the walk-through with the live assessment, the interviewee view and the consent step.
 */
package org.waymark.screening.web;
