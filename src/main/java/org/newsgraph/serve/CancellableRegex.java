package org.newsgraph.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} that ends when its query is cancelled: the same matching as Jena's {@link
 * E_Regex} (Java patterns, flags {@code smixq}), read through {@link CancellableText} so that the
 * query timeout also stops a match that backtracks without end.
 */
final class CancellableRegex extends E_Regex {

  private final Pattern constantPattern;

  CancellableRegex(Expr text, Expr pattern, Expr flags) {
    super(text, pattern, flags);
    this.constantPattern =
        isConstant(pattern) && (flags == null || isConstant(flags))
            ? pattern(pattern.getConstant(), flags == null ? null : flags.getConstant())
            : null;
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
    Pattern pattern =
        constantPattern != null
            ? constantPattern
            : pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
    AtomicBoolean cancelled = cancelSignal(env);
    boolean found =
        pattern.matcher(new CancellableText(text.getLiteralLexicalForm(), cancelled)).find();
    return NodeValue.booleanReturn(found);
  }

  /** Whether the expression is a constant string, a pattern or flags compiled once. */
  static boolean isConstant(Expr expr) {
    return expr.isConstant() && expr.getConstant().isString();
  }

  private static Pattern pattern(NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException("REGEX: the pattern and the flags must be strings");
    }
    return RegexEngine.makePattern(
        "REGEX", pattern.getString(), flags == null ? null : flags.getString());
  }

  /** The query's cancel signal, or one that is never set when the query has none. */
  static AtomicBoolean cancelSignal(FunctionEnv env) {
    AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
    return signal == null ? new AtomicBoolean(false) : signal;
  }

  @Override
  public Expr copy(ExprList newArgs) {
    return new CancellableRegex(
        newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
  }
}
