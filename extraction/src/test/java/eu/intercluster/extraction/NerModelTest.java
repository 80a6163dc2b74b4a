package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerModelTest {
  private static final int B_ORG = NerLabels.begin(EntityType.ORG);
  private static final int I_ORG = NerLabels.inside(EntityType.ORG);
  private static final int B_PLACE = NerLabels.begin(EntityType.PLACE);

  /** "the company X Y signed" makes X Y an ORG, "they visited X" makes X a PLACE; names vary. */
  private static List<NerModel.Sequence> toy() {
    String[][] names = {{"Acme", "Spa"}, {"Borg", "Srl"}, {"Cyan", "Ltd"}, {"Dalt", "Inc"}};
    String[] towns = {"Parma", "Bari", "Lille", "Vigo"};
    List<NerModel.Sequence> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String[] n = names[i % names.length];
      out.add(sequence(List.of("the", "company", n[0], n[1], "signed"), new int[] {0, 0, B_ORG, I_ORG, 0}));
      out.add(sequence(List.of("they", "visited", towns[i % towns.length]), new int[] {0, 0, B_PLACE}));
    }
    return out;
  }

  /** Features as the tagger builds them: the word and its neighbours. */
  private static NerModel.Sequence sequence(List<String> words, int[] gold) {
    List<List<String>> features = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      features.add(List.of("bias", "w=" + words.get(i), "w-1=" + (i > 0 ? words.get(i - 1) : "<s>"),
          "w+1=" + (i + 1 < words.size() ? words.get(i + 1) : "</s>")));
    }
    return new NerModel.Sequence(features, words, gold);
  }

  @Test
  void learnsTheToyPatternAndTagsUnseenNames() {
    NerModel model = NerModel.train(toy(), 5, 1L);
    assertThat(model.tag(sequence(List.of("the", "company", "Zeta", "GmbH", "signed"), new int[5])))
        .containsExactly(0, 0, B_ORG, I_ORG, 0);
    assertThat(model.tag(sequence(List.of("they", "visited", "Oslo"), new int[3]))).containsExactly(0, 0, B_PLACE);
  }

  @Test
  void anUntrainedModelTagsNothing() {
    NerModel model = NerModel.train(List.of(), 5, 1L);
    assertThat(model.tag(sequence(List.of("the", "company", "Zeta", "GmbH", "signed"), new int[5])))
        .containsOnly(NerLabels.O);
  }

  @Test
  void trainingIsDeterministic() {
    String first = NerModel.train(toy(), 5, 7L).serialise();
    assertThat(first).contains("w-1=company\t");
    assertThat(NerModel.train(toy(), 5, 7L).serialise()).isEqualTo(first);
  }

  @Test
  void anInsideLabelNeverFollowsAnotherType() {
    for (int previous = 0; previous < NerLabels.COUNT; previous++) {
      assertThat(NerLabels.allowed(previous, I_ORG)).isEqualTo(previous == B_ORG || previous == I_ORG);
      assertThat(NerLabels.allowed(previous, B_ORG)).isTrue();
    }
  }
}
