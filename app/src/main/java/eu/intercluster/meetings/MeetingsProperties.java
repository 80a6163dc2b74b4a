package eu.intercluster.meetings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the meetings module ({@code intercluster.meetings.*}).
 *
 * @param expiryCheck how often unanswered requests are checked for expiry (default 1 minute)
 * @param solverThreads CP-SAT workers per scheduler run (default 2)
 * @param maxTimeLimitSeconds the longest time limit an organiser may give a run (default 600)
 */
@ConfigurationProperties("intercluster.meetings")
public record MeetingsProperties(Duration expiryCheck, Integer solverThreads, Integer maxTimeLimitSeconds) {

  public MeetingsProperties {
    expiryCheck = expiryCheck == null ? Duration.ofMinutes(1) : expiryCheck;
    solverThreads = solverThreads == null || solverThreads < 1 ? 2 : solverThreads;
    maxTimeLimitSeconds = maxTimeLimitSeconds == null || maxTimeLimitSeconds < 1 ? 600 : maxTimeLimitSeconds;
  }
}
