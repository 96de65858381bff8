@NullMarked
package ma.tadamon.platform.demo;

import org.jspecify.annotations.NullMarked;
