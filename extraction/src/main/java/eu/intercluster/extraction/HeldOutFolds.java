package eu.intercluster.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Five folds of whole annotated sets for the diagnostics ({@link RelationMisses}, {@link EntityMisses}): set j is held
 * out in fold j % 5; the components are trained on the other folds and each held-out text is passed on with them.
 */
final class HeldOutFolds {
  static final int FOLDS = 5;

  private HeldOutFolds() {}

  static void run(List<Path> dirs, BiConsumer<TrainedComponents, NerTraining.Example> heldOut) {
    List<List<NerTraining.Example>> sets = new ArrayList<>();
    for (Path d : dirs) {
      sets.add(ModelTrainer.analyse(AnnotatedText.readDir(d)));
    }
    for (int fold = 0; fold < FOLDS; fold++) {
      List<NerTraining.Example> training = new ArrayList<>();
      List<NerTraining.Example> held = new ArrayList<>();
      for (int j = 0; j < sets.size(); j++) {
        (j % FOLDS == fold ? held : training).addAll(sets.get(j));
      }
      TrainedComponents trained = TrainedComponents.train(training);
      held.forEach(e -> heldOut.accept(trained, e));
    }
  }
}
