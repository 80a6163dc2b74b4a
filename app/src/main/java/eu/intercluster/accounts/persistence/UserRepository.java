package eu.intercluster.accounts.persistence;

import eu.intercluster.accounts.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Users by name. Internal to the accounts module. */
public interface UserRepository extends JpaRepository<UserEntity, Long> {

  Optional<UserEntity> findByUsername(String username);

  boolean existsByUsername(String username);

  long countByRoleAndEnabledTrue(Role role);

  List<UserEntity> findAllByOrderByUsernameAsc();
}
