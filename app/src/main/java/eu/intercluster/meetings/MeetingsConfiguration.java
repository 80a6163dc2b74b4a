package eu.intercluster.meetings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The expiry job runs on Spring's scheduler; scheduler runs use {@link MeetingsProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MeetingsProperties.class)
class MeetingsConfiguration {}
