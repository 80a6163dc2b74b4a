package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTest {
  /** Two toy classes: "signed" sentences are positive, "visited" ones negative; the other words are noise. */
  private static List<Perceptron.Example> toyExamples() {
    List<Perceptron.Example> out = new ArrayList<>();
    String[] noise = {"a", "b", "c", "d", "e"};
    for (int i = 0; i < 40; i++) {
      String n = noise[i % noise.length];
      out.add(new Perceptron.Example(List.of("bias", "w=signed", "n=" + n), true));
      out.add(new Perceptron.Example(List.of("bias", "w=visited", "n=" + n), false));
    }
    return out;
  }

  @Test
  void separatesTwoToyClassesAndGeneralisesToUnseenNoise() {
    Perceptron p = Perceptron.train(toyExamples(), 5, 1L);
    assertThat(p.score(List.of("bias", "w=signed", "n=unseen"))).isPositive();
    assertThat(p.score(List.of("bias", "w=visited", "n=unseen"))).isNegative();
  }

  @Test
  void anUntrainedModelScoresZero() {
    Perceptron p = Perceptron.train(List.of(), 5, 1L);
    assertThat(p.score(List.of("bias", "w=signed"))).isZero();
    assertThat(p.size()).isZero();
  }

  @Test
  void trainingIsDeterministic() {
    Perceptron a = Perceptron.train(toyExamples(), 5, 7L);
    Perceptron b = Perceptron.train(toyExamples(), 5, 7L);
    assertThat(a.serialise()).isEqualTo(b.serialise()).contains("w=signed\t");
  }

  @Test
  void parsingTheSerialisedWeightsGivesTheSameScores() {
    Perceptron trained = Perceptron.train(toyExamples(), 5, 7L);
    Perceptron read = Perceptron.parse(trained.serialise());
    assertThat(read.size()).isEqualTo(trained.size());
    assertThat(read.score(List.of("bias", "w=signed", "n=a"))).isEqualTo(trained.score(List.of("bias", "w=signed", "n=a")));
    assertThat(read.serialise()).isEqualTo(trained.serialise());
  }
}
