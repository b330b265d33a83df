package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.link.LinkResult;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.link.WikiDictionary;
import org.newsgraph.link.WikipediaLinker;
import org.newsgraph.link.kb.KnowledgeBase;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * Links the entities to Wikipedia. The linker (with the store's link cache and the dictionary
 * index) is made on first use and kept, so that a server adding documents reuses it.
 */
final class LinkStep implements PipelineStep {

  private final LinkSettings settings;
  private final Path storeCache;
  private final Optional<KnowledgeBase> knowledgeBase;
  private WikipediaLinker linker;

  /**
   * @param settings how entities are linked
   * @param storeCache the store's cache folder (link cache, maybe a dictionary index)
   */
  LinkStep(LinkSettings settings, Path storeCache) {
    this(settings, storeCache, Optional.empty());
  }

  /**
   * @param settings how entities are linked
   * @param storeCache the store's cache folder (link cache, maybe a dictionary index)
   * @param knowledgeBase the knowledge base to link with instead of the bundled dictionary
   */
  LinkStep(LinkSettings settings, Path storeCache, Optional<KnowledgeBase> knowledgeBase) {
    this.settings = settings;
    this.storeCache = storeCache;
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.LINK;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    ResolvedCorpus corpus = state.resolved();
    if (settings.enabled()) {
      progress.message("linking " + corpus.entities().size() + " entities to Wikipedia…");
    }
    LinkResult result = linkerLoaded().linkWithReport(corpus);
    if (result.dictionaryRead()) {
      progress.message(
          "looked up "
              + (result.namesLookedUp() - result.namesFromCache())
              + " new names in "
              + knowledgeBase
                  .map(kb -> "the knowledge base " + kb.folder())
                  .orElse("the Wikipedia dictionary")
              + (result.indexUsed() ? " index" : "")
              + " in "
              + result.dictionaryMillis()
              + " ms; "
              + result.linked()
              + " of "
              + result.entities()
              + " entities linked");
    }
    return state.withLinking(result);
  }

  private WikipediaLinker linkerLoaded() {
    if (linker == null && knowledgeBase.isPresent()) {
      KnowledgeBase kb = knowledgeBase.get();
      linker = new WikipediaLinker(settings, storeCache, kb.dictionary(), kb.indexFolder());
    }
    if (linker == null) {
      linker =
          new WikipediaLinker(
              settings,
              storeCache,
              WikiDictionary.bundled(),
              DictionaryIndexHome.forStore(storeCache));
    }
    return linker;
  }
}
