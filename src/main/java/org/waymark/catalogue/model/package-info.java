/**
 * The catalogue as immutable values: dimensions, indicators with their strength per profile, the
 * published decision rules as data, the forced-labour scheme, checklists and texts per language.
 * Plain Java: the scoring engine reads these and nothing else.
 */
package org.waymark.catalogue.model;
