/** The API (and page) through which an officer records and reads the workplace facts of a screening. */
package org.waymark.workplace.web;
