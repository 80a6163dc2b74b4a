package eu.intercluster;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules respect their boundaries; their diagrams are written to target/. The
 * pure-Java libraries {@code scheduler} and {@code extraction} share the package root but are
 * Maven modules of their own (their boundaries are the enforcer's business), so they are not
 * application modules here.
 */
class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(InterclusterApplication.class,
      JavaClass.Predicates.resideInAnyPackage("eu.intercluster.scheduler..", "eu.intercluster.extraction.."));

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
