package eu.intercluster.accounts.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Personal API tokens by hash and by owner. Internal to the accounts module. */
public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

  @EntityGraph(attributePaths = "user")
  Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

  List<ApiTokenEntity> findByUserUsernameOrderByCreatedAtDesc(String username);

  Optional<ApiTokenEntity> findByIdAndUserUsername(long id, String username);
}
