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
  /** Null: the built-in trained components ({@link TrainedModels}); {@link TrainedComponents#RULES}: rules alone. */
  private final TrainedComponents trained;
  /** Null: the built-in theme vocabulary only. */
  private final LearnedThemes learnedThemes;

  private Extractor(List<GazetteerEntry> gazetteer, TrainedComponents trained, LearnedThemes learnedThemes) {
    this.knownNames = new KnownNames(gazetteer);
    this.trained = trained;
    this.learnedThemes = learnedThemes;
  }

  /** What the rules found in one body: the working document, its entities and the relation context. */
  record Analysis(Doc doc, List<Ent> ents, RelationContext ctx) {}

  public static Builder builder() {
    return new Builder();
  }

  /** Extract from a body. docId is the file name stem by convention, source the file name or URL. */
  public ExtractedDocument extract(String docId, String source, String body) {
    Analysis a = analyse(body);
    TrainedComponents.Output o = (trained != null ? trained : TrainedModels.builtIn()).apply(a);
    return new ExtractedDocument(docId, source, a.doc().lang, a.doc().dateline, true, "extracted automatically",
        o.entities(), o.relations());
  }

  /** Runs the recognisers and the relation rules. */
  Analysis analyse(String body) {
    Objects.requireNonNull(body, "body");
    String lang = LanguageIdentifier.identify(body);
    Doc doc = new Doc(body, lang);
    DateRecogniser.recognise(doc);
    knownNames.recognise(doc);
    Landforms.recognise(doc);
    PatternRecogniser.recognise(doc);
    GovernmentBodies.recognise(doc);
    DemonymGovernments.recognise(doc);
    RegionalFundProgrammes.recognise(doc);
    InstitutionNameLists.recognise(doc);
    AgreementRecogniser.recognise(doc);
    ThemeRecogniser.recognise(doc);
    if (learnedThemes != null) {
      learnedThemes.recognise(doc);
    }
    ThemeCues.recognise(doc);
    TradeNounThemes.recognise(doc);
    ThemeLists.recognise(doc);
    TopicPhrases.recognise(doc);
    new ChunkRecogniser().recognise(doc);
    CoordinatedNames.join(doc);
    CompanyNames.extendOverLegalForms(doc);
    PlaceLedCompanies.join(doc);
    VenueNouns.recognise(doc);
    ProgrammeNames.extend(doc);
    EventRecogniser.recognise(doc);
    ProgrammeReferences.recognise(doc);
    CompanyNames.linkNamesWithoutLegalForm(doc);
    CompanyShortNames.add(doc);
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
    CooperationRelations.extract(ctx);
    PlaceRelations.extract(ctx);
    ProgrammeRelations.extract(ctx);
    ProgrammeRelations.framing(ctx);
    MembershipRelations.extract(ctx);
    CallWinners.extract(ctx);
    ThemeRelations.extract(ctx);
    return new Analysis(doc, ents, ctx);
  }

  /** Builder: the caller's gazetteer is optional. */
  public static final class Builder {
    private final List<GazetteerEntry> gazetteer = new ArrayList<>();
    private TrainedComponents trained;
    private LearnedThemes learnedThemes;

    private Builder() {}

    public Builder gazetteer(List<GazetteerEntry> entries) {
      gazetteer.addAll(entries);
      return this;
    }

    public Builder add(GazetteerEntry entry) {
      gazetteer.add(entry);
      return this;
    }

    /** Other trained components than the built-in ones, e.g. {@link TrainedComponents#RULES} for the rules alone. */
    Builder trained(TrainedComponents components) {
      this.trained = components;
      return this;
    }

    /** Theme terms learned from annotated texts (cross-validation); without them, the built-in vocabulary only. */
    Builder learnedThemes(LearnedThemes themes) {
      this.learnedThemes = themes;
      return this;
    }

    public Extractor build() {
      return new Extractor(List.copyOf(gazetteer), trained, learnedThemes);
    }
  }
}
