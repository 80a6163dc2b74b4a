package eu.intercluster.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application on an in-memory H2 with the demo map loaded and public read on; one
 * context shared by the events tests (each creates its own users and events).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:events;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "intercluster.demo.load-on-first-start=true",
    "intercluster.security.public-read=true"})
@AutoConfigureMockMvc
@RecordApplicationEvents
@interface EventsIntegration {}
