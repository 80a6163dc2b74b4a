package eu.intercluster.agendas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 without the demo map, with events and meetings read from
 * {@link FakeWorldConfiguration#WORLD}; one context shared by the agendas and outcomes tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:agendas-outcomes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false"})
@AutoConfigureMockMvc
@Import(FakeWorldConfiguration.class)
public @interface AgendasIntegration {}
