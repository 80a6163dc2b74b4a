package eu.intercluster.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as {@code {argon2}...}; bcrypt hashes (for instance of imported users)
 * are still accepted for checking.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

  static final String DEFAULT_ID = "argon2";

  @Bean
  PasswordEncoder passwordEncoder() {
    Map<String, PasswordEncoder> encoders = Map.of(
        DEFAULT_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder());
    return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
  }
}
