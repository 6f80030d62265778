/** The auditor's API: verify the chain, read the access log of one case. */
package org.waymark.audit.web;
