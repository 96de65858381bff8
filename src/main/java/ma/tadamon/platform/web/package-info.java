@NullMarked
package ma.tadamon.platform.web;

import org.jspecify.annotations.NullMarked;
