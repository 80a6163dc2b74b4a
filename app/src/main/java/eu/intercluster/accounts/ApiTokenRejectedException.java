package eu.intercluster.accounts;

/** A bearer token that does not authenticate anyone; the message says why. */
public class ApiTokenRejectedException extends RuntimeException {

  public ApiTokenRejectedException(String message) {
    super(message);
  }
}
