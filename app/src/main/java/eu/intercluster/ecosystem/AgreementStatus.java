package eu.intercluster.ecosystem;

/** Where an agreement is in its life: drafted (or announced), signed, in force, expired, renewed. */
public enum AgreementStatus {
  DRAFT, SIGNED, ACTIVE, EXPIRED, RENEWED
}
