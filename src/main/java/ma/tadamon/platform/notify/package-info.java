@NullMarked
package ma.tadamon.platform.notify;

import org.jspecify.annotations.NullMarked;
