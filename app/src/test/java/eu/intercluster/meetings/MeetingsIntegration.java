package eu.intercluster.meetings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 (no demo data), events created through the events
 * module's services, the solver on one thread; one context shared by the meetings tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:meetings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=false",
    "intercluster.meetings.solver-threads=1"})
@AutoConfigureMockMvc
@Import(MeetingsTestConfiguration.class)
@interface MeetingsIntegration {}
