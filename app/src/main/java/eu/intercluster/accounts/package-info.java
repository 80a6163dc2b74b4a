/**
 * Accounts and the security of the whole platform: users with roles (ADMIN &gt; EDITOR &gt;
 * VIEWER), form sign-in, personal API tokens ({@code Authorization: Bearer ic_...}), the rules
 * of who may read and change what, and the first administrator.
 *
 * <p>Other modules use {@link eu.intercluster.accounts.UserAccounts} and
 * {@link eu.intercluster.accounts.ApiTokens}; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "system")
package eu.intercluster.accounts;
