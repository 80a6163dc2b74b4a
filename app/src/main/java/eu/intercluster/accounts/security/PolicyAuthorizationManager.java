package eu.intercluster.accounts.security;

import eu.intercluster.accounts.security.AccessPolicy.Requirement;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Decides each request by the {@link AccessPolicy}, with the role hierarchy. */
class PolicyAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

  private final AccessPolicy policy;
  private final Map<Requirement, AuthorizationManager<RequestAuthorizationContext>> managers =
      new EnumMap<>(Requirement.class);

  PolicyAuthorizationManager(AccessPolicy policy, RoleHierarchy roleHierarchy) {
    this.policy = policy;
    managers.put(Requirement.PUBLIC, (authentication, context) -> new AuthorizationDecision(true));
    managers.put(Requirement.SIGNED_IN, AuthenticatedAuthorizationManager.authenticated());
    for (Requirement requirement : Requirement.values()) {
      if (requirement.role != null) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> manager =
            AuthorityAuthorizationManager.hasRole(requirement.role.name());
        manager.setRoleHierarchy(roleHierarchy);
        managers.put(requirement, manager);
      }
    }
  }

  @Override
  public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
      RequestAuthorizationContext context) {
    return managers.get(policy.requiredFor(context.getRequest())).authorize(authentication, context);
  }
}
