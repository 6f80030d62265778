/** Tiny types every capability may use: secrets that never print, and nothing else of weight. */
package org.waymark.shared;
