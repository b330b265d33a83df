package org.newsgraph.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} that ends when its query is cancelled: Java pattern replacement, as in
 * Jena's {@link E_StrReplace}, over a {@link CancellableText}. The result keeps the input's
 * language tag.
 */
final class CancellableReplace extends E_StrReplace {

  private final Pattern constantPattern;

  CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
    super(text, pattern, replacement, flags);
    this.constantPattern =
        CancellableRegex.isConstant(pattern)
                && (flags == null || CancellableRegex.isConstant(flags))
            ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant())
            : null;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
    NodeValue pattern = args.get(1);
    NodeValue replacement = args.get(2);
    NodeValue flags = args.size() > 3 ? args.get(3) : null;
    if (!replacement.isString()) {
      throw new ExprEvalException("REPLACE: the replacement must be a string");
    }
    Pattern compiled = constantPattern != null ? constantPattern : compile(pattern, flags);
    Matcher matcher =
        compiled.matcher(
            new CancellableText(text.getLiteralLexicalForm(), CancellableRegex.cancelSignal(env)));
    String replaced = matcher.replaceAll(replacement.getString());
    String language = text.getLiteralLanguage();
    return NodeValue.makeNode(
        language.isEmpty()
            ? NodeFactory.createLiteralString(replaced)
            : NodeFactory.createLiteralLang(replaced, language));
  }

  private static Pattern compile(NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException("REPLACE: the pattern and the flags must be strings");
    }
    Pattern compiled =
        RegexEngine.makePattern(
            "REPLACE", pattern.getString(), flags == null ? null : flags.getString());
    if (compiled.matcher("").matches()) {
      throw new ExprEvalException("REPLACE: the pattern matches the empty string");
    }
    return compiled;
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableReplace(
        newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
  }
}
