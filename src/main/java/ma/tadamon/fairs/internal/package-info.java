/** The fairs module's web pages, APIs, demo data and stall-device plumbing. */
@NullMarked
package ma.tadamon.fairs.internal;

import org.jspecify.annotations.NullMarked;
