/**
 * Workplace facts: what the officer learns about where and for whom the person works — employer, workplace, agency,
 * intermediary, others affected, danger, the person's wishes — sealed like personal data, and what of it may go to a
 * labour inspectorate without the person's identity.
 */
package org.waymark.workplace;
