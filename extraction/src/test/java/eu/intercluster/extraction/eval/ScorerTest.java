package eu.intercluster.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static final String GOLD = "{'entities':["
      + "{'id':'O1','type':'ORG','text':'Regione Emilia-Romagna','mentions':['Regione'],'kind':'government'},"
      + "{'id':'O2','type':'ORG','text':'Istituto Nazionale di Fisica Nucleare','mentions':['INFN'],'kind':'research'},"
      + "{'id':'P1','type':'PERSON','text':'Mario Rossi','mentions':[],'role':'presidente della Regione Emilia-Romagna','org':'O1'},"
      + "{'id':'T1','type':'THEME','text':'idrogeno','mentions':[],'norm':'HYDROGEN'},"
      + "{'id':'EV1','type':'EVENT','text':'forum','mentions':[],'kind':'forum','date':{'text':'lo scorso 4 febbraio','iso':null}},"
      + "{'id':'PL1','type':'PLACE','text':'Italia','mentions':[],'kind':'country'},"
      + "{'id':'PL2','type':'PLACE','text':'Europa','mentions':[],'kind':'continent'}],"
      + "'relations':[{'type':'PARTICIPATED','args':['P1','EV1']},{'type':'MEETS','args':['O1','O2']},"
      + "{'type':'HAS_THEME','args':['EV1','T1']}]}";

  @Test
  void matchesSurfacesAcrossMentionsCaseQuotesAndSpaces() throws Exception {
    JsonNode pred = json("{'entities':["
        + "{'id':'O1','type':'ORG','text':'INFN','mentions':[]},"
        + "{'id':'O2','type':'ORG','text':'regione  emilia-romagna','mentions':[]},"
        + "{'id':'O3','type':'ORG','text':'Cineca','mentions':[]},"
        + "{'id':'P1','type':'PERSON','text':'Mario Rossi','role':'presidente','org':'O2'},"
        + "{'id':'T1','type':'THEME','text':'Idrogeno','norm':'ENERGY'},"
        + "{'id':'E1','type':'EVENT','text':'Forum','date':{'text':'lo scorso 4 febbraio','iso':null}},"
        + "{'id':'PL1','type':'PLACE','text':'Italia'}],"
        + "'relations':[{'type':'PARTICIPATED','args':['P1','E1']},{'type':'MEETS','args':['O1','O2']},"
        + "{'type':'HAS_THEME','args':['O3','T1']}]}");
    Scorer s = new Scorer();
    s.add("doc", json(GOLD), pred);
    assertThat(s.entities("ORG").tp()).isEqualTo(2);
    assertThat(s.entities("ORG").fp()).isEqualTo(1);
    assertThat(s.entities("PLACE").fn()).isEqualTo(1);
    assertThat(s.allEntities().tp()).isEqualTo(6);
    assertThat(s.allEntities().precision()).isCloseTo(6 / 7.0, within(1e-9));
    assertThat(s.allEntities().recall()).isCloseTo(6 / 7.0, within(1e-9));
    assertThat(s.relations().tp()).as("MEETS matches in either order").isEqualTo(2);
    assertThat(s.relations().fp()).isEqualTo(1);
    assertThat(s.relations().fn()).isEqualTo(1);
    assertThat(s.themeNorm().correct()).isZero();
    assertThat(s.personRole().correct()).as("gold role contains predicted role").isEqualTo(1);
    assertThat(s.personOrg().correct()).isEqualTo(1);
    assertThat(s.dates().correct()).isEqualTo(1);
  }

  @Test
  void emptyPredictionHasZeroRecallAndNoFalsePositives() throws Exception {
    Scorer s = new Scorer();
    s.add("doc", json(GOLD), json("{}"));
    assertThat(s.allEntities().recall()).isZero();
    assertThat(s.allEntities().fp()).isZero();
    assertThat(s.relations().fn()).isEqualTo(3);
  }

  @Test
  void eachGoldEntityMatchesAtMostOnePrediction() throws Exception {
    Scorer s = new Scorer();
    s.add("doc", json(GOLD), json("{'entities':[{'id':'A','type':'ORG','text':'INFN'},"
        + "{'id':'B','type':'ORG','text':'Istituto Nazionale di Fisica Nucleare'}]}"));
    assertThat(s.entities("ORG").tp()).isEqualTo(1);
    assertThat(s.entities("ORG").fp()).isEqualTo(1);
  }
}
