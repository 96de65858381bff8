/**
 * Files kept outside the database (product photos…), under one configurable directory
 * ({@code tadamon.files.dir}): a shared volume when several instances run.
 */
@NullMarked
package ma.tadamon.platform.files;

import org.jspecify.annotations.NullMarked;
