package eu.intercluster.scheduler.model;

/** When a meeting may take place: morning session, afternoon session or either. */
public enum Session {
  MORNING,
  AFTERNOON,
  ANY;

  /** The `.dzn` code: 1 = morning, 2 = afternoon, 3 = any. */
  public static Session fromCode(int code) {
    return switch (code) {
      case 1 -> MORNING;
      case 2 -> AFTERNOON;
      case 3 -> ANY;
      default -> throw new IllegalArgumentException("session code must be 1, 2 or 3, got " + code);
    };
  }
}
