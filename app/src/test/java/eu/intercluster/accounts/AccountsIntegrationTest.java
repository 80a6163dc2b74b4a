package eu.intercluster.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2, public read on, a configured first-admin password;
 * one shared context for the accounts tests that use it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.security.public-read=true",
    "intercluster.security.admin-password=" + AccountsIntegrationTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@Import(SecurityProbeController.class)
@interface AccountsIntegrationTest {

  String ADMIN_PASSWORD = "first-admin-secret-42";
}
