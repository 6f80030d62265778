/** Storage of the sealed workplace facts, one row per screening. */
package org.waymark.workplace.persistence;
