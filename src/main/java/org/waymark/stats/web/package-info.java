/** The supervisors' statistics: the API (JSON and CSV) and the dashboard page with its server-rendered SVG chart. */
package org.waymark.stats.web;
