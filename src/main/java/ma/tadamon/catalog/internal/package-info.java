/** The catalogue's pages, API, scheduled reminders, demo data and the sections it adds to the registry's pages. */
@NullMarked
package ma.tadamon.catalog.internal;

import org.jspecify.annotations.NullMarked;
