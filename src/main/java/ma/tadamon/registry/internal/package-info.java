@NullMarked
package ma.tadamon.registry.internal;

import org.jspecify.annotations.NullMarked;
