/** The stateless what-if scoring API for trainers and integrations. */
package org.waymark.scoring.web;
