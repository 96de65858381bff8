/**
 * The web shell shared by every page: layout and navigation, the three languages (Arabic by
 * default and right-to-left, French, English) and how a visitor's choice is made and remembered,
 * Moroccan number, money and date formats, error pages, and API problem details. Feature modules
 * render their own pages inside this layout; this module depends on none of them.
 */
@NullMarked
package ma.tadamon.web;

import org.jspecify.annotations.NullMarked;
