/** Loads and validates the indicator catalogues of indicators-catalogue/: immutable, versioned indicators, checklists and translations. */
package org.waymark.catalogue;
