package eu.intercluster.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads one news text into entities and relations of the corpus schema. Thread-safe and reusable:
 * <pre>
 *   Extractor extractor = Extractor.builder().gazetteer(knownNames).build();
 *   ExtractedDocument doc = extractor.extract("002_x", "002_x.txt", body);
 * </pre>
 */
public final class Extractor {
  private final KnownNames knownNames;

  private Extractor(List<GazetteerEntry> gazetteer) {
    this.knownNames = new KnownNames(gazetteer);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Extract from a body. docId is the file name stem by convention, source the file name or URL. */
  public ExtractedDocument extract(String docId, String source, String body) {
    Objects.requireNonNull(body, "body");
    String lang = LanguageIdentifier.identify(body);
    Doc doc = new Doc(body, lang);
    DateRecogniser.recognise(doc);
    knownNames.recognise(doc);
    PatternRecogniser.recognise(doc);
    AgreementRecogniser.recognise(doc);
    ThemeRecogniser.recognise(doc);
    new ChunkRecogniser().recognise(doc);
    ProgrammeNames.extend(doc);
    EventRecogniser.recognise(doc);
    ProgrammeReferences.recognise(doc);
    new AliasLinker(doc).link();
    new RoleFinder(doc).find();
    List<Cand> accepted = Resolver.resolve(doc);
    Territories.classify(doc, accepted);
    List<Ent> ents = Assembler.assemble(doc, accepted);
    Attributes.fill(doc, ents);
    RelationContext ctx = new RelationContext(doc, ents);
    EventRelations.extract(ctx);
    AgreementRelations.extract(ctx);
    AgreementRelations.partiesOrganise(ctx);
    PlaceRelations.extract(ctx);
    ProgrammeRelations.extract(ctx);
    ProgrammeRelations.framing(ctx);
    ThemeRelations.extract(ctx);
    return new ExtractedDocument(docId, source, lang, doc.dateline, true, "extracted automatically",
        toEntities(doc, ents), ctx.relations());
  }

  private static List<Entity> toEntities(Doc doc, List<Ent> ents) {
    List<Entity> out = new ArrayList<>();
    for (Ent e : ents) {
      out.add(EntityOutput.of(doc, e));
    }
    return out;
  }

  /** Builder: the caller's gazetteer is optional. */
  public static final class Builder {
    private final List<GazetteerEntry> gazetteer = new ArrayList<>();

    private Builder() {}

    public Builder gazetteer(List<GazetteerEntry> entries) {
      gazetteer.addAll(entries);
      return this;
    }

    public Builder add(GazetteerEntry entry) {
      gazetteer.add(entry);
      return this;
    }

    public Extractor build() {
      return new Extractor(List.copyOf(gazetteer));
    }
  }
}
