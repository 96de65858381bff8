/**
 * Who may do what. Accounts sign in with an e-mail or a Moroccan mobile number; roles are data
 * (this module's migration adds the first eight, later modules add theirs) and each grant of a
 * role is scoped to a party (her cooperative, his funder) or to a territory (a region) where the
 * role says so. Owns sign-in and its throttling, password reset and invitations, and the admin
 * pages for users and the audit log. Depends on {@code party} and {@code geo} to name scopes, and on
 * the platform for audit and notifications.
 */
@NullMarked
package ma.tadamon.identity;

import org.jspecify.annotations.NullMarked;
