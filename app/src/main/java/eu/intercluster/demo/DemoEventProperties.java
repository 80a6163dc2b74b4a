package eu.intercluster.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo event.
 *
 * @param enabled seed the demo event on a first start that also loaded the demo map
 * @param schedulerSeconds time limit of the scheduler run that produces its published schedule
 */
@ConfigurationProperties("intercluster.demo-event")
record DemoEventProperties(Boolean enabled, Integer schedulerSeconds) {

  DemoEventProperties {
    enabled = enabled == null || enabled;
    schedulerSeconds = schedulerSeconds == null ? 10 : schedulerSeconds;
  }
}
