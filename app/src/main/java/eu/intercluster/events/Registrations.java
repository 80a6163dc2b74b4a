package eu.intercluster.events;

import eu.intercluster.ecosystem.RecordRef;
import java.util.List;

/**
 * Registering for events and deciding on registrations. Organiser actions check
 * {@link EventDirectory#isOrganiser}; a participant's own actions check that the signed-in user is
 * that participant; refusals are {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface Registrations {

  /**
   * Registers the signed-in user, or, for a visitor, creates a VIEWER account from
   * {@code input.username()} and {@code input.password()} first. Publishes
   * {@link ParticipantRegistered}.
   *
   * @throws eu.intercluster.system.InvalidInputException naming the field (terms not accepted,
   *     bad e-mail, unknown theme or session, username taken, ...)
   * @throws eu.intercluster.system.ConflictException {@code registration-closed} outside the
   *     registration window, {@code already-registered} for a second registration
   */
  ParticipantView register(long eventId, RegistrationInput input);

  /**
   * For trusted code (demo seeding, imports): registers {@code username} without checking the
   * signed-in user or the window; creates the VIEWER account when missing (password from the
   * input, or a random one). The registration is PENDING.
   */
  ParticipantView registerAs(long eventId, String username, RegistrationInput input);

  /**
   * For trusted code (demo seeding): like {@link #registerAs}, then validated at once and linked
   * to {@code organisationId} (or to the matched organisation when null). Publishes
   * {@link ParticipantRegistered} and {@link ParticipantValidated}.
   */
  ParticipantView registerValidatedAs(long eventId, String username, RegistrationInput input,
      Long organisationId);

  /**
   * Validates a registration (organisers). A registration still awaiting organisation review
   * needs either {@code linkOrganisationId} (an organisation of the map) or
   * {@code createOrganisation} (creates it in the map from the typed name, kind and country).
   * Publishes {@link ParticipantValidated}.
   */
  ParticipantView validate(long participantId, Long linkOrganisationId, boolean createOrganisation);

  /** Rejects a registration with a reason (organisers). Publishes {@link ParticipantRejected}. */
  ParticipantView reject(long participantId, String reason);

  /** The participant withdraws (or an organiser withdraws them). */
  ParticipantView withdraw(long participantId);

  /** Changes a participant's profile (the participant or an organiser). */
  ParticipantView updateProfile(long participantId, ProfileInput input);

  /** Marks a mission participant as travelling with the delegation (organisers). */
  ParticipantView setDelegate(long participantId, boolean delegate);

  /** Organisations of the map the typed organisation might be (organisers). */
  List<RecordRef> organisationCandidates(long participantId);
}
