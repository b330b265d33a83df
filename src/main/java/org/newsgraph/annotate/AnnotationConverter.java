package org.newsgraph.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.ingest.SourceDocument;

/**
 * Copies one CoreNLP {@link Annotation} into the package's records. Offsets are CoreNLP's, which
 * are UTF-16 indices into the document text; every span's text is cut from the document text.
 */
final class AnnotationConverter {

  private static final String KBP_EXTRACTOR = "kbp";

  /** KBP emits a sentence's triples in no fixed order; sorting makes the output reproducible. */
  private static final Comparator<RelationCandidate> CANDIDATE_ORDER =
      Comparator.comparingInt(RelationCandidate::sentence)
          .thenComparingInt(c -> c.subject().begin())
          .thenComparingInt(c -> c.subject().end())
          .thenComparingInt(c -> c.object().begin())
          .thenComparingInt(c -> c.object().end())
          .thenComparing(RelationCandidate::relation)
          .thenComparing(Comparator.comparingDouble(RelationCandidate::confidence).reversed());

  private final SourceDocument document;
  private final Annotation annotation;
  private final Map<Integer, Integer> chainOfCorefMention;

  AnnotationConverter(SourceDocument document, Annotation annotation) {
    this.document = document;
    this.annotation = annotation;
    this.chainOfCorefMention = chainOfCorefMention(annotation);
  }

  AnnotatedDocument convert() {
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<RelationCandidate> candidates = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int index = 0; index < coreSentences.size(); index++) {
      CoreMap sentence = coreSentences.get(index);
      sentences.add(sentence(index, sentence));
      mentions.addAll(mentions(index, sentence));
      candidates.addAll(kbpCandidates(index, sentence));
    }
    mentions.sort(
        Comparator.comparingInt(Mention::sentence)
            .thenComparingInt(Mention::tokenBegin)
            .thenComparingInt(Mention::tokenEnd));
    candidates.sort(CANDIDATE_ORDER);
    return new AnnotatedDocument(
        document, sentences, mentions, candidates, corefLinks(coreSentences));
  }

  private Sentence sentence(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      tokens.add(token(i, labels.get(i)));
    }
    return new Sentence(
        index,
        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
        tokens,
        dependencies(sentence));
  }

  private static Token token(int index, CoreLabel label) {
    return new Token(
        index,
        label.word(),
        Objects.toString(label.lemma(), label.word()),
        Objects.toString(label.tag(), ""),
        NerTag.of(label.ner()),
        label.beginPosition(),
        label.endPosition());
  }

  /** Enhanced++ edges (basic when enhanced++ is missing), sorted, root governor -1. */
  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
    if (graph == null) {
      return List.of();
    }
    Set<Dependency> edges = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(
          new Dependency(
              edge.getGovernor().index() - 1,
              edge.getDependent().index() - 1,
              edge.getRelation().toString()));
    }
    List<Dependency> sorted = new ArrayList<>(edges);
    sorted.sort(
        Comparator.comparingInt(Dependency::dependent)
            .thenComparingInt(Dependency::governor)
            .thenComparing(Dependency::relation));
    return sorted;
  }

  private List<Mention> mentions(int sentenceIndex, CoreMap sentence) {
    List<CoreMap> coreMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (coreMentions == null) {
      return List.of();
    }
    List<Mention> mentions = new ArrayList<>();
    for (CoreMap mention : coreMentions) {
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty() || isPronoun(tokens)) {
        continue;
      }
      mentions.add(
          new Mention(
              sentenceIndex,
              tokens.get(0).index() - 1,
              tokens.get(tokens.size() - 1).index(),
              span(tokens),
              mentionType(mention),
              corefChain(mention)));
    }
    return mentions;
  }

  private static boolean isPronoun(List<CoreLabel> tokens) {
    return tokens.stream().allMatch(t -> PosTag.isPronoun(t.tag()));
  }

  private static NerTag mentionType(CoreMap mention) {
    String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    if (type == null) {
      type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
    }
    return NerTag.of(type);
  }

  private int corefChain(CoreMap mention) {
    Integer entityMentionIndex = mention.get(CoreAnnotations.EntityMentionIndexAnnotation.class);
    Map<Integer, Integer> toCoref =
        annotation.get(CoreAnnotations.EntityMentionToCorefMentionMappingAnnotation.class);
    if (entityMentionIndex == null || toCoref == null) {
      return -1;
    }
    Integer corefMention = toCoref.get(entityMentionIndex);
    return corefMention == null ? -1 : chainOfCorefMention.getOrDefault(corefMention, -1);
  }

  private static Map<Integer, Integer> chainOfCorefMention(Annotation annotation) {
    Map<Integer, CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    Map<Integer, Integer> chainOf = new HashMap<>();
    if (chains != null) {
      for (CorefChain chain : chains.values()) {
        for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
          chainOf.put(mention.mentionID, chain.getChainID());
        }
      }
    }
    return chainOf;
  }

  /**
   * Every pronoun and description of a coreference chain that has a proper-name mention, linked to
   * the name nearest before it (the chain's representative when no name comes before). Empty when
   * coreference did not run.
   */
  private List<CorefLink> corefLinks(List<CoreMap> coreSentences) {
    Map<Integer, CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return List.of();
    }
    List<CorefLink> links = new ArrayList<>();
    for (CorefChain chain : chains.values()) {
      CorefChain.CorefMention name = null;
      for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
        if (mention.mentionType == Dictionaries.MentionType.PROPER) {
          name = mention;
          continue;
        }
        CorefChain.CorefMention antecedent = name != null ? name : chain.getRepresentativeMention();
        if (mention.mentionType == Dictionaries.MentionType.LIST
            || antecedent.mentionType != Dictionaries.MentionType.PROPER) {
          continue;
        }
        links.add(
            new CorefLink(
                mention.sentNum - 1,
                mention.startIndex - 1,
                mention.endIndex - 1,
                span(tokens(coreSentences, mention)),
                mention.mentionType == Dictionaries.MentionType.PRONOMINAL,
                antecedent.sentNum - 1,
                span(tokens(coreSentences, antecedent))));
      }
    }
    links.sort(
        Comparator.comparingInt(CorefLink::sentence)
            .thenComparingInt(CorefLink::tokenBegin)
            .thenComparingInt(CorefLink::tokenEnd));
    return links;
  }

  /** The tokens of a coreference mention (CoreNLP counts sentences and tokens from 1). */
  private static List<CoreLabel> tokens(
      List<CoreMap> coreSentences, CorefChain.CorefMention mention) {
    return coreSentences
        .get(mention.sentNum - 1)
        .get(CoreAnnotations.TokensAnnotation.class)
        .subList(mention.startIndex - 1, mention.endIndex - 1);
  }

  private List<RelationCandidate> kbpCandidates(int sentenceIndex, CoreMap sentence) {
    List<RelationTriple> triples = sentence.get(CoreAnnotations.KBPTriplesAnnotation.class);
    if (triples == null) {
      return List.of();
    }
    List<RelationCandidate> candidates = new ArrayList<>();
    for (RelationTriple triple : triples) {
      if (triple.subject.isEmpty() || triple.object.isEmpty()) {
        continue;
      }
      candidates.add(
          new RelationCandidate(
              sentenceIndex,
              span(triple.subject),
              triple.relationGloss(),
              span(triple.object),
              KBP_EXTRACTOR,
              triple.confidence));
    }
    return candidates;
  }

  private TextSpan span(List<CoreLabel> tokens) {
    int begin = tokens.stream().mapToInt(CoreLabel::beginPosition).min().orElseThrow();
    int end = tokens.stream().mapToInt(CoreLabel::endPosition).max().orElseThrow();
    return new TextSpan(begin, end, document.text().substring(begin, end));
  }
}
