/**
 * Tables written for download — CSV (UTF-8 with a byte-order mark), XLSX and JSON — row by row as
 * they are produced, with the same quoting and formula protection for every module, and the
 * response headers that make a browser save them as a file.
 */
@NullMarked
package ma.tadamon.platform.export;

import org.jspecify.annotations.NullMarked;
