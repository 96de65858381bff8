@NullMarked
package ma.tadamon.platform.imports;

import org.jspecify.annotations.NullMarked;
