/** The course pages for every signed-in user, and the trainer's programme pages and API. */
package org.waymark.training.web;
