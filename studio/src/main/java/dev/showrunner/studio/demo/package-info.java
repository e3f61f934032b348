/**
 * The demo series a fresh studio starts with, so that a first visit has something to open: a
 * season of three episodes and a pilot with several drafts, built from a corpus script shipped
 * as a resource (MIT, from the jumpcut project; licence beside it).
 */
package dev.showrunner.studio.demo;
