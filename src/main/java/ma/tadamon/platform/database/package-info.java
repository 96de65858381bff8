@NullMarked
package ma.tadamon.platform.database;

import org.jspecify.annotations.NullMarked;
