/**
 * PDF documents (label sheets, receipts, settlement statements, reports) rendered from Thymeleaf
 * templates by openhtmltopdf, with the shipped Noto fonts and ICU bidi/shaping so that Arabic is
 * joined and ordered correctly next to French. The renderer runs no JavaScript: charts in a PDF
 * are drawn server-side as SVG.
 */
@NullMarked
package ma.tadamon.platform.pdf;

import org.jspecify.annotations.NullMarked;
