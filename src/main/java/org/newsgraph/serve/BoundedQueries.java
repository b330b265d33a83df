package org.newsgraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Finds calls to other endpoints in a query, and rewrites a query so that its regular expressions
 * stop with the query: every {@code REGEX} and {@code REPLACE} becomes its {@link CancellableRegex}
 * or {@link CancellableReplace} twin, which the query timeout can interrupt. Nothing else in the
 * query changes.
 */
final class BoundedQueries {

  private BoundedQueries() {}

  /** Whether the query has a {@code SERVICE} clause anywhere (a call to another endpoint). */
  static boolean callsService(Query query) {
    if (query.getQueryPattern() == null) {
      return false;
    }
    AtomicBoolean found = new AtomicBoolean();
    ElementWalker.walk(
        query.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementService service) {
            found.set(true);
          }
        });
    return found.get();
  }

  /** The query with cancellable regular expressions (the same query when it has none). */
  static Query withCancellableRegex(Query query) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Rewrite());
  }

  private static final class Rewrite extends ExprTransformCopy {
    @Override
    public Expr transform(ExprFunctionN function, ExprList args) {
      if (function instanceof E_Regex && !(function instanceof CancellableRegex)) {
        return new CancellableRegex(args.get(0), args.get(1), optional(args, 2));
      }
      if (function instanceof E_StrReplace && !(function instanceof CancellableReplace)) {
        return new CancellableReplace(args.get(0), args.get(1), args.get(2), optional(args, 3));
      }
      return super.transform(function, args);
    }

    private static Expr optional(ExprList args, int index) {
      return args.size() > index ? args.get(index) : null;
    }
  }
}
