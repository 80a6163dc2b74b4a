package eu.intercluster.ecosystem.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, String> {

  List<Theme> findAllByOrderByPosition();
}
