package eu.intercluster.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL database of the integration tests: {@code INTERCLUSTER_TEST_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/intercluster_test}), user and password
 * {@code INTERCLUSTER_TEST_PG_USER} / {@code INTERCLUSTER_TEST_PG_PASSWORD} (default intercluster).
 * The schema is emptied before each test class (not between its methods) so that Flyway
 * migrates from scratch.
 */
public final class TestPostgres implements ExecutionCondition {

  public static String url() {
    return env("INTERCLUSTER_TEST_PG_URL", "jdbc:postgresql://localhost:5432/intercluster_test");
  }

  public static String user() {
    return env("INTERCLUSTER_TEST_PG_USER", "intercluster");
  }

  public static String password() {
    return env("INTERCLUSTER_TEST_PG_PASSWORD", "intercluster");
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    try (Connection connection = DriverManager.getConnection(url(), user(), password());
         Statement statement = connection.createStatement()) {
      if (context.getTestMethod().isEmpty()) {
        // once per test class, before its Spring context migrates the schema
        statement.execute("drop schema if exists public cascade");
        statement.execute("create schema public");
      }
      return ConditionEvaluationResult.enabled("PostgreSQL at " + url());
    } catch (SQLException e) {
      return RequiredService.missing("PostgreSQL at " + url() + " (" + e.getMessage() + ")");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
