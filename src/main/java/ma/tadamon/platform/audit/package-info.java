@NullMarked
package ma.tadamon.platform.audit;

import org.jspecify.annotations.NullMarked;
