@NullMarked
package ma.tadamon.platform.jobs;

import org.jspecify.annotations.NullMarked;
