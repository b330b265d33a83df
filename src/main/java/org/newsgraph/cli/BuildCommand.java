package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.link.kb.KnowledgeBase;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildRun;
import org.newsgraph.pipeline.BuildStageListener;
import org.newsgraph.pipeline.BuildStatus;
import org.newsgraph.pipeline.DocumentEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph build}: reads articles and (re)builds the graph in the store. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Reads articles and builds the knowledge graph in the store.",
      "",
      "INPUT is a file (.txt, .md, .html, .htm) or a folder, searched recursively (hidden files"
          + " skipped). Files must be UTF-8. A document's id is its path relative to the folder"
          + " given, or its file name when the file is given directly.",
      "",
      "Builds add to the store: documents of earlier builds are kept, a document with the same id"
          + " replaces the old version, and the whole graph is rebuilt from all of them. Unchanged"
          + " documents are not annotated again (the annotation cache in the store is keyed by"
          + " text and settings).",
      "",
      "The store is written in one transaction at the end: a failed or interrupted (Ctrl-C) build"
          + " leaves it as it was. Progress goes to stderr; nothing is written to stdout."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph build seeds/",
      "  ./newsgraph build --store /data/graph --threads 1 articles/ extra/page.html",
      "  ./newsgraph build --keep-going downloads/     # skip files that cannot be read",
      "  ./newsgraph build --fresh seeds/               # forget earlier documents",
      "  ./newsgraph build --annotator coref=true seeds/",
      "  ./newsgraph build --link minScore=0.9 seeds/    # link fewer entities, more surely",
      "  ./newsgraph build --learned-relations seeds/   # learned relations too",
      "  ./newsgraph build --learned-relations=my-model.ser.gz seeds/",
      "  ./newsgraph build --engine spark --master local[2] seeds/"
    })
final class BuildCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Documents annotated at once. Default: the number of processors.")
  private Integer threads;

  @Option(
      names = {"-k", "--keep-going"},
      description =
          "Build from the inputs that can be read and list the others at the end (exit code 1),"
              + " instead of stopping before writing anything (exit code 3).")
  private boolean keepGoing;

  @Option(
      names = "--max-document-size",
      paramLabel = "SIZE",
      defaultValue = "1m",
      description =
          "Refuse a document whose text is larger than SIZE (bytes, or with k, m or g: 512k, 4m),"
              + " naming it, before any work. Default: ${DEFAULT-VALUE}. CoreNLP needs about 2 GB"
              + " of heap per MB of text in one document: raise NEWSGRAPH_HEAP with it.")
  private String maxDocumentSize;

  @Option(
      names = "--fresh",
      description =
          "Forget the documents of earlier builds: the graph holds only this build's inputs"
              + " (the annotation cache is kept).")
  private boolean fresh;

  @Option(
      names = {"-b", "--base"},
      paramLabel = "IRI",
      defaultValue = GraphSettings.DEFAULT_BASE_IRI,
      description = "Base IRI of the data (entities, documents, facts); ends in / or #.")
  private String base;

  @Option(
      names = {"-a", "--annotator"},
      paramLabel = "KEY=VALUE",
      description =
          "CoreNLP setting, repeatable. Keys: coref (true|false, default false: about 3x"
              + " slower), sutime, numericClassifiers, newlineIsSentenceBreak (always|two|never),"
              + " verbose, pieceChars (at least 1000, default 100000: a longer document is"
              + " annotated in pieces of at most this many characters, cut at paragraph breaks, to"
              + " bound memory).")
  private Map<String, String> annotator = new LinkedHashMap<>();

  @Option(
      names = "--no-link",
      description =
          "Do not link entities to Wikipedia (no owl:sameAs to DBpedia or Wikidata). Linking reads"
              + " CoreNLP's"
              + " Wikipedia dictionary, offline, for names not seen by earlier builds.")
  private boolean noLink;

  @Option(
      names = {"-l", "--link"},
      paramLabel = "KEY=VALUE",
      description =
          "Wikipedia linking setting, repeatable. Keys: minScore (0..1, default 0.7: how probable"
              + " the article must be), minScoreFullName (0..1, default 0.5: the same for a place"
              + " whose article title is its name plus more words, as 'Caspian' and 'Caspian Sea'),"
              + " minScoreInContext (0..1, default 0.25: the same for an organisation or a place"
              + " whose article title names a place its stories name, as 'Albany, New York'),"
              + " minMargin (0..1, default 0.25: its lead over the next article), enabled"
              + " (true|false).")
  private Map<String, String> link = new LinkedHashMap<>();

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Link with this knowledge base (made by 'newsgraph kb index' from current Wikipedia"
              + " dumps) instead of the bundled 2016 dictionary; its Wikidata QIDs come first.")
  private Path kb;

  @Option(
      names = "--learned-relations",
      paramLabel = "MODEL",
      arity = "0..1",
      preprocessor = AttachedValueOnly.class,
      description =
          "Also add the facts of the learned relation classifier (off by default: on the"
              + " development sets it gains little). Alone: the bundled model; with =MODEL (the"
              + " '=' is needed): a model file made by 'newsgraph train-relations'. Changing it"
              + " rebuilds the graph.")
  private String learnedRelations;

  @Option(
      names = "--dump-relation-candidates",
      paramLabel = "FILE",
      description =
          "For training the learned relation classifier (scripts/train-relations.sh): write every"
              + " candidate entity pair and its features to FILE. The build always runs, even when"
              + " the store is up to date; the graph is the same as without it.")
  private Path dumpRelationCandidates;

  /**
   * Lets an option with an optional value take it only when attached ({@code --opt=VALUE}), so that
   * {@code --learned-relations seeds/} reads seeds/ as an input, not as a model: alone, the option
   * gets the value {@link #ALONE}.
   */
  static final class AttachedValueOnly implements IParameterPreprocessor {

    /**
     * The value of the option given without one: a string no command line can pass (it holds a NUL
     * character), so that an empty attached value ({@code --opt=}) stays apart and can be refused.
     */
    static final String ALONE = "\u0000alone";

    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
      if (!" ".equals(info.get("separator"))) {
        return false; // --opt=VALUE (picocli's separator " " means not attached)
      }
      argSpec.setValue(ALONE);
      return true;
    }
  }

  /** Where the per-document stages run. */
  enum Engine {
    /** This process's threads (--threads). */
    single,
    /** The partitions of a Spark job (--master, --partitions). */
    spark
  }

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "single",
      description =
          "Where documents are annotated and matched: single (this process, --threads) or spark"
              + " (the partitions of a Spark job, --master; the launcher adds Spark's libraries)."
              + " Both give the same graph. Default: ${DEFAULT-VALUE}.")
  private Engine engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: the Spark master, e.g. local[2] (Spark inside this process, 2"
              + " cores), spark://host:7077, yarn. Default: spark-submit's.")
  private String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "With --engine spark: cut the corpus into N partitions. Default: Spark's default"
              + " parallelism (the cores of a local master).")
  private Integer partitions;

  @Option(
      names = "--shards",
      paramLabel = "DIR",
      description =
          "With --engine spark: also write the RDF dataset to DIR as N-Quads shards, one per"
              + " partition (part-00000.nq...; corpus.nq: the ontology, entities and facts), and"
              + " load the store from them with Jena's parallel bulk loader into a new version of"
              + " its database, which replaces the old one only when complete. Any SPARQL store"
              + " that reads N-Quads can load DIR.")
  private Path shards;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or folders.")
  private List<Path> inputs;

  @Override
  public Integer call() {
    BuildOptions options = options();
    if (engine == Engine.spark) {
      try (DocumentEngine spark =
          SparkStart.start(master, partitions, shards, main.annotatorLoader())) {
        return run(options, Optional.of(spark));
      }
    }
    if (master != null || partitions != null || shards != null) {
      throw new ParameterException(
          spec.commandLine(), "--master, --partitions and --shards need --engine spark");
    }
    return run(options, Optional.empty());
  }

  private int run(BuildOptions options, Optional<DocumentEngine> documentEngine) {
    BuildRun run =
        new BuildRun(
            options,
            main.streams(),
            main.annotatorLoader(),
            BuildStageListener.NONE,
            documentEngine);
    BuildStatus status = run.run();
    if (status != BuildStatus.BAD_INPUT) {
      run.modelLoadHint().ifPresent(hint -> main.streams().err().println("newsgraph: " + hint));
    }
    return ExitCodes.of(status);
  }

  private BuildOptions options() {
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (threadCount < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1; got " + threadCount);
    }
    return new BuildOptions(
        inputs,
        common.store(),
        threadCount,
        keepGoing,
        fresh,
        annotatorSettings(),
        linkSettings(),
        graphSettings(),
        documentLimit(),
        knowledgeBase(),
        learnedSettings());
  }

  private LearnedSettings learnedSettings() {
    LearnedSettings settings;
    try {
      if (learnedRelations == null) {
        settings = LearnedSettings.OFF;
      } else if (learnedRelations.equals(AttachedValueOnly.ALONE)) {
        settings = LearnedSettings.bundled();
      } else if (learnedRelations.isBlank()) {
        throw new IllegalArgumentException(
            "no model file after '='; give --learned-relations=FILE with a file written by"
                + " 'newsgraph train-relations', or --learned-relations alone for the bundled"
                + " model");
      } else {
        settings = LearnedSettings.modelFile(Path.of(learnedRelations));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--learned-relations: " + e.getMessage());
    }
    return dumpRelationCandidates == null ? settings : settings.withDump(dumpRelationCandidates);
  }

  private Optional<KnowledgeBase> knowledgeBase() {
    if (kb == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(KnowledgeBase.open(kb));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--kb: " + e.getMessage());
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.BAD_INPUT, kb.toString(), "cannot read the knowledge base (" + e + ")", e);
    }
  }

  private DocumentLimit documentLimit() {
    try {
      return DocumentLimit.parse(maxDocumentSize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--max-document-size: " + e.getMessage());
    }
  }

  private AnnotatorSettings annotatorSettings() {
    Map<String, String> values = new LinkedHashMap<>(annotator);
    if (common.verbose()) {
      values.putIfAbsent("verbose", "true");
    }
    try {
      return AnnotatorSettings.fromMap(values);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--annotator: " + e.getMessage());
    }
  }

  private LinkSettings linkSettings() {
    Map<String, String> values = new LinkedHashMap<>(link);
    if (noLink) {
      values.put("enabled", "false");
    }
    try {
      return LinkSettings.fromMap(values);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--link: " + e.getMessage());
    }
  }

  private GraphSettings graphSettings() {
    try {
      return new GraphSettings(base);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
    }
  }
}
