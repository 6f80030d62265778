/** The supervisors' statistics API: JSON and CSV. */
package org.waymark.stats.web;
