package eu.intercluster.meetings;

import eu.intercluster.system.ConflictException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a booking in its own transaction and, when the database refuses it because another
 * booking took the same seat or table at the same moment (a unique constraint) or changed the
 * same row, runs it again from scratch: the retry sees the other booking and picks the next free
 * slot or table, or answers 409.
 */
@Component("meetingsBookingTransactions")
class BookingTransactions {

  static final int ATTEMPTS = 6;

  private final TransactionTemplate transaction;

  BookingTransactions(PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
  }

  <T> T run(Supplier<T> booking) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return transaction.execute(status -> booking.get());
      } catch (DataIntegrityViolationException | ConcurrencyFailureException clash) {
        last = clash;
        sleepBriefly(attempt);
      }
    }
    throw new ConflictException("booking-conflict",
        "Another booking took the same slot or table at the same moment; please try again",
        List.of(String.valueOf(last == null ? "" : last.getClass().getSimpleName())));
  }

  private static void sleepBriefly(int attempt) {
    try {
      Thread.sleep(5L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
