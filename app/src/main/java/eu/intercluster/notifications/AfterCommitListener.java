package eu.intercluster.notifications;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Handles a domain event after the publishing transaction committed, on another thread, in a
 * transaction of its own: what Spring Modulith's {@code @ApplicationModuleListener} stands for.
 * That annotation lives in {@code spring-modulith-events-api}, which is not on the class path
 * (only {@code spring-modulith-starter-core} is); swap it in when it is.
 */
@Async
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface AfterCommitListener {}
