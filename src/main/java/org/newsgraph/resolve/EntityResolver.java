package org.newsgraph.resolve;

import static org.newsgraph.resolve.ResolutionStep.eachDocument;

import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RuleFile;

/**
 * Joins mentions across all documents into canonical entities, in one fixed chain of {@link
 * ResolutionStep}s: find and repair each document's name mentions, collect the names the text
 * defines, spread them over the corpus, drop common words NER took for names, cluster and build
 * entities. Nationality words resolve to their country's entity as mentions, never as aliases; a
 * country named only by its demonym in a national office ("Chilean general X") becomes an entity.
 * See docs/resolution-and-extraction.md.
 *
 * <p>The result depends only on the documents, not on their order. Instances are immutable and may
 * be shared between threads.
 */
public final class EntityResolver {

  private final List<ResolutionStep> steps;
  private final CorpusAssembler assembler;

  /** A resolver using the bundled place lists. */
  public EntityResolver() {
    PlaceGazetteer places = PlaceGazetteer.loadDefault();
    List<List<String>> nationalBodies =
        RuleFile.lines("/org/newsgraph/resolve/national-bodies.txt").stream()
            .map(line -> List.of(line.strip().split("\\s+")))
            .toList();
    this.steps =
        List.of(
            eachDocument(new NerNameMentions()),
            eachDocument(new UnclosedBrackets()),
            eachDocument(new HonorificTrim()),
            eachDocument(new PortfolioAndCreditFilter()),
            eachDocument(new TouchingMentionMerger()),
            eachDocument(new ConnectorNames()),
            eachDocument(new OrdinalNames()),
            eachDocument(new BoardNames()),
            eachDocument(new PossessiveOrganizations(places)),
            eachDocument(new ChainedOrganizations()),
            eachDocument(new OrganizationNameEnds()),
            eachDocument(new RegionExtension()),
            eachDocument(new PlacePhrases()),
            eachDocument(OrganizationPhrases.loadDefault()),
            eachDocument(new LegalFormNames()),
            eachDocument(new OrganizationCues(places)),
            eachDocument(new MembershipCues(places)),
            eachDocument(new SettlementCues(places)),
            eachDocument(new KnownSettlements(places)),
            eachDocument(new UntaggedCountries(places)),
            eachDocument(new UntaggedRegions(places)),
            eachDocument(new Demonyms(places)),
            eachDocument(new NationalBodies(nationalBodies)),
            eachDocument(MentionRepair.TEXT_ORDER),
            new FindDefinitions(),
            new PropagateDefinedNames(places),
            new DropCommonWords(),
            new ClusterNames(places),
            new BuildEntities(places));
    this.assembler = new CorpusAssembler(places);
  }

  /** Resolves the mentions of every document into one set of canonical entities. */
  public ResolvedCorpus resolve(List<AnnotatedDocument> documents) {
    Resolution resolution = Resolution.of(documents);
    for (ResolutionStep step : steps) {
      resolution = step.apply(resolution);
    }
    return assembler.assemble(resolution);
  }
}
