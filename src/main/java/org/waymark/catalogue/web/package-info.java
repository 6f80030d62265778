/**
 * The catalogue API (published catalogue versions with their indicators, texts, rules and checklists) and the
 * administrator's page of the versions in use.
 */
package org.waymark.catalogue.web;
