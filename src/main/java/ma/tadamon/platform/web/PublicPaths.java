package ma.tadamon.platform.web;

import java.util.List;

/**
 * URL patterns a module serves to everyone, signed in or not. Each module declares its own; the
 * security configuration opens exactly these and requires a sign-in for everything else.
 */
public interface PublicPaths {

    List<String> patterns();
}
