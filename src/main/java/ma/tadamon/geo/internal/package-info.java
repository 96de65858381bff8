@NullMarked
package ma.tadamon.geo.internal;

import org.jspecify.annotations.NullMarked;
