package ma.tadamon.platform.web;

import java.util.List;

/**
 * URL patterns a module serves to everyone, signed in or not. Each module declares its own; the
 * security configuration opens exactly these and requires a sign-in for everything else.
 */
public interface PublicPaths {

    /** Readable by anyone (GET and HEAD only: writing always needs a sign-in). */
    List<String> patterns();

    /** Forms anyone may post (sign-up, forgotten password); empty for most modules. */
    default List<String> openForms() {
        return List.of();
    }
}
