/**
 * Morocco's territories: regions, provinces and prefectures, communes, each keyed by its official
 * code within a version of the administrative map (the 2015 division now). Other modules keep a
 * territory's id and ask {@link ma.tadamon.geo.Territories} for names, ancestors and descendants;
 * roll-ups by level join the flattened {@code geo_territory_path} view. Depends only on the shared
 * platform (audit of imports, jobs).
 */
@NullMarked
package ma.tadamon.geo;

import org.jspecify.annotations.NullMarked;
