@NullMarked
package ma.tadamon.party.internal;

import org.jspecify.annotations.NullMarked;
