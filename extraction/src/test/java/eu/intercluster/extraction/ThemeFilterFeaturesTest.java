package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeFilterFeaturesTest {
  private static final String TEXT = "The Vellano Robotics Forum 2026 will focus on robotics. The hall opens at nine. Tickets are sold "
      + "online. Prices of energy rose.";

  private static Ent theme(Extractor.Analysis a, String text) {
    return a.ents().stream().filter(e -> e.type == EntityType.THEME && e.text.equals(text)).findFirst().orElseThrow();
  }

  @Test
  void aThemeTheRulesTieToAnEventOfItsSentenceSaysSo() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(TEXT);
    List<String> f = ThemeFilterFeatures.of(a, theme(a, "robotics"));
    assertThat(f).contains("carrier=EVENT", "carrierNear=true", "sentence=0", "inSentence=EVENT");
  }

  @Test
  void aThemeWithoutCarrierSaysSo() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(TEXT);
    List<String> f = ThemeFilterFeatures.of(a, theme(a, "energy"));
    assertThat(f).contains("carriers=none", "carrierNear=false", "sentence=3").doesNotContain("inSentence=EVENT");
  }

  @Test
  void theThemeFilterWeighsTheCarrier() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse(TEXT);
    NerEntityFilter filter = new NerEntityFilter(new Perceptron(Map.of("bias", 1.0, "carriers=none", -9.0)),
        NerEntityFilter.THEME_TYPES, NerEntityFilter.THEME_DROP_BELOW);
    assertThat(filter.keep(a, theme(a, "robotics"))).isTrue();
    assertThat(filter.keep(a, theme(a, "energy"))).isFalse();
  }

  @Test
  void aThemeNamedOnlyInDirectSpeechSaysSo() {
    Extractor.Analysis a = Extractor.builder().trained(TrainedComponents.RULES).build().analyse("The Vellano Robotics"
        + " Forum 2026 will focus on robotics. \"We chose Vellano because the region has the talent we were looking"
        + " for,\" said the director. Robotics companies from Vellano attended.");
    assertThat(ThemeFilterFeatures.of(a, theme(a, "talent"))).contains("speech=all");
    assertThat(ThemeFilterFeatures.of(a, theme(a, "robotics"))).contains("speech=none");
  }

  @Test
  void directSpeechIsALongQuotationOnOneLine() {
    String text = "Il bando «Vellano Digitale» apre oggi. «Le nostre imprese portano competenze nuove nel settore, e"
        + " ora serve una rete», ha detto il presidente.";
    var spans = DirectSpeech.spans(text);
    assertThat(spans).hasSize(1);
    assertThat(DirectSpeech.inside(spans, text.indexOf("competenze"))).isTrue();
    assertThat(DirectSpeech.inside(spans, text.indexOf("Digitale"))).isFalse();
  }
}
