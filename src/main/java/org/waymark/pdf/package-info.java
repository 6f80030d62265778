/** The only package that imports PDFBox: the readable referral packet document. */
package org.waymark.pdf;
