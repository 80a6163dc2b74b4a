package eu.intercluster.support;

/**
 * Integration tests need real services (PostgreSQL, Chromium). On a developer's machine without
 * them the tests are skipped with a visible message; with {@code INTERCLUSTER_REQUIRE_SERVICES=true}
 * (set by .ci/run) a missing service fails the build instead, so CI never skips silently.
 */
final class RequiredService {

  private RequiredService() {}

  static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("INTERCLUSTER_REQUIRE_SERVICES"));
  }

  static org.junit.jupiter.api.extension.ConditionEvaluationResult missing(String what) {
    if (required()) {
      throw new IllegalStateException(what + " is required (INTERCLUSTER_REQUIRE_SERVICES=true) but not available");
    }
    String message = "SKIPPED: " + what + " is not available on this machine; run .ci/run or see README to run it";
    System.out.println("\n*** " + message + " ***\n");
    return org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled(message);
  }
}
