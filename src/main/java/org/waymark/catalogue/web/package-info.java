/** The catalogue API: published catalogue versions with their indicators, texts, rules and checklists. */
package org.waymark.catalogue.web;
