/**
 * Charts drawn on the server as SVG text, for PDFs (whose renderer runs no JavaScript) and any page
 * that wants a chart without a script: vertical and horizontal bars, lines and a donut, with round
 * value ticks, a zero baseline, a colour-blind-safe palette, escaped text, a title for screen
 * readers, and the category axis mirrored for Arabic.
 */
@NullMarked
package ma.tadamon.platform.charts;

import org.jspecify.annotations.NullMarked;
