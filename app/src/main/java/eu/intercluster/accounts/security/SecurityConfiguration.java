package eu.intercluster.accounts.security;

import eu.intercluster.accounts.AccountsSecurityProperties;
import eu.intercluster.accounts.ApiTokens;
import eu.intercluster.accounts.persistence.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security of the whole platform: form sign-in for pages, personal API tokens for scripts,
 * CSRF on session requests, problem details on the API and the {@link AccessPolicy} for every
 * request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  /** ADMIN &gt; EDITOR &gt; VIEWER; picked up by URL, method and template authorization alike. */
  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN").implies("EDITOR")
        .role("EDITOR").implies("VIEWER")
        .build();
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AccountsSecurityProperties properties,
      ApiTokens apiTokens, UserRepository users, RoleHierarchy roleHierarchy) throws Exception {
    AccessPolicy policy = new AccessPolicy(properties.publicRead());
    ProblemResponses problems = new ProblemResponses(policy);
    RequestMatcher bearer = ApiTokenAuthenticationFilter::hasBearerToken;
    RequestMatcher api = request -> AccessPolicy.isApi(request) || bearer.matches(request);

    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request)
        && !isHtmx(request));

    http
        .authorizeHttpRequests(authorize -> authorize
            .anyRequest().access(new PolicyAuthorizationManager(policy, roleHierarchy)))
        .addFilterAfter(new SessionAccountRefreshFilter(users), LogoutFilter.class)
        .addFilterAfter(new ApiTokenAuthenticationFilter(apiTokens, problems), SessionAccountRefreshFilter.class)
        .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .requestCache(cache -> cache.requestCache(requestCache))
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(problems, api)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
            .defaultAccessDeniedHandlerFor(problems, api)
            .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
    return http.build();
  }

  private static boolean isHtmx(HttpServletRequest request) {
    return request.getHeader("HX-Request") != null;
  }
}
