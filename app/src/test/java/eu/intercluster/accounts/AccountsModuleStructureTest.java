package eu.intercluster.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.intercluster.InterclusterApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The accounts module depends on {@code system} only and keeps its rules (no Spring context). */
class AccountsModuleStructureTest {

  private final ApplicationModules modules = ApplicationModules.of(InterclusterApplication.class);

  @Test
  void dependsOnSystemOnlyAndBreaksNoModuleRule() {
    ApplicationModule accounts = modules.getModuleByName("accounts").orElseThrow();

    assertThat(accounts.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
        .map(Object::toString)).allMatch("system"::equals);
    accounts.verifyDependencies(modules);
  }
}
