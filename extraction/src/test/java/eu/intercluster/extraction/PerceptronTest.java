package eu.intercluster.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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

  @Test
  void baggedWeightsAreTheMeanOfTheModelsTrainedWithoutEachChunk() {
    List<Perceptron.Example> all = toyExamples();
    List<Perceptron.Example> first = all.subList(0, 40);
    List<Perceptron.Example> second = all.subList(40, 80);
    Perceptron bagged = Perceptron.trainBagged(List.of(first, second), 2, 5, 3L);
    Perceptron withoutFirst = Perceptron.train(second, 5, 3L);
    Perceptron withoutSecond = Perceptron.train(first, 5, 3L);
    for (String f : List.of("bias", "w=signed", "w=visited", "n=a")) {
      double mean = (withoutFirst.weights().getOrDefault(f, 0.0) + withoutSecond.weights().getOrDefault(f, 0.0)) / 2;
      assertThat(bagged.weights().getOrDefault(f, 0.0)).isCloseTo(mean, offset(1e-4));
    }
    assertThat(Perceptron.trainBagged(List.of(first, second), 1, 5, 3L).serialise())
        .isEqualTo(Perceptron.train(all, 5, 3L).serialise());
  }
}
