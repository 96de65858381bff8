@NullMarked
package ma.tadamon.identity.internal;

import org.jspecify.annotations.NullMarked;
