package eu.intercluster.agendas;

import eu.intercluster.accounts.Role;
import eu.intercluster.accounts.UserAccounts;
import eu.intercluster.ecosystem.OrganisationInput;
import eu.intercluster.ecosystem.OrganisationKind;
import eu.intercluster.ecosystem.OrganisationService;
import eu.intercluster.events.EventView;
import eu.intercluster.events.ParticipantView;
import eu.intercluster.meetings.MeetingView;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One event with an organiser and three participants of three new organisations (users exist in the
 * database so that they can sign in), and a published meeting of Łukasz (requester) with Maria at
 * 09:30 UTC on 15 March 2027 (10:30 in Rome), table 7.
 */
public final class Scenario {

  public static final String PASSWORD = "correct-horse-battery";

  public final EventView event;
  public final String organiser;
  public final ParticipantView lukasz;
  public final ParticipantView maria;
  public final ParticipantView jean;
  public final MeetingView meeting;

  public Scenario(UserAccounts accounts, OrganisationService organisations) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    FakeEventWorld world = FakeWorldConfiguration.WORLD;
    organiser = user(accounts, "org-" + tag);
    event = world.event("Emilia-Romagna meets Catalonia " + tag, organiser);
    lukasz = world.participant(event, user(accounts, "lukasz-" + tag), "Łukasz Żółć", "lukasz@example.pl",
        organisation(organisations, "Politechnika Łódzka " + tag, "Poland"), "Politechnika Łódzka " + tag, "Poland",
        "UNIVERSITY");
    maria = world.participant(event, user(accounts, "maria-" + tag), "Maria Rossi", "maria@example.it",
        organisation(organisations, "Genève Innovation " + tag, "Switzerland"), "Genève Innovation " + tag,
        "Switzerland", "COMPANY");
    jean = world.participant(event, user(accounts, "jean-" + tag), "Jean Dupont", "jean@example.fr",
        organisation(organisations, "Lyon Tech " + tag, "France"), "Lyon Tech " + tag, "France", "COMPANY");
    meeting = world.meeting(event, lukasz, maria, 1, 7, ZonedDateTime.of(2027, 3, 15, 9, 30, 0, 0, ZoneOffset.UTC));
  }

  private static String user(UserAccounts accounts, String username) {
    return accounts.create(username, "Test " + username, PASSWORD, Role.VIEWER).username();
  }

  private static long organisation(OrganisationService organisations, String name, String country) {
    return organisations.create(new OrganisationInput(name, null, null, OrganisationKind.COMPANY, country, null, null,
        null, null, null), true).id();
  }
}
