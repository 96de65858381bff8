@NullMarked
package ma.tadamon.web.internal;

import org.jspecify.annotations.NullMarked;
