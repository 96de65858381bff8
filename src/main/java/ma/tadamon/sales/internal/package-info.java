/** Web pages and API of the sales module: store point of sale, stock pages, settlements, revenue. */
@NullMarked
package ma.tadamon.sales.internal;

import org.jspecify.annotations.NullMarked;
