#!/usr/bin/env python3
"""Label the learned relation classifier's candidate pairs with a gold set.

usage: label-relations.py --set NAME --dump DUMP.tsv --gold GOLD_DIR > LABELLED.tsv

DUMP.tsv is written by `newsgraph build --dump-relation-candidates DUMP.tsv` (one line per ordered
pair of entities named in one sentence whose types fit a relation: document, sentence, subject
id, type, names, object id, type, names, allowed relations, relations an earlier extractor found,
features). Each entity is matched to a gold entity the way ../shared/eval/score.py matches graph
nodes (its normalize(); the label first, then the aliases), and each allowed relation of a pair
becomes one output line:

    set  document  subject  object  relation  label  found  features...

label is "yes" when the gold set has the fact (subject, relation, object) for that document and it
is not optional, "optional" when it is optional (left out of training), otherwise "no". found is 1
when an earlier extractor (KBP, a pattern or a rule) already gave the fact.
"""
import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", required=True)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--scorer", default=SCORER)
    args = ap.parse_args()
    score = load_scorer(args.scorer)
    gold = score.Gold(args.gold)

    # document file name -> gold doc id
    doc_ids = {}
    docs_tsv = os.path.join(args.gold, "docs.tsv")
    if os.path.isfile(docs_tsv):
        for _, cols in score._read_tsv(docs_tsv, "doc_id"):
            if len(cols) >= 2:
                doc_ids[cols[1]] = cols[0]
                doc_ids[os.path.splitext(cols[1])[0]] = cols[0]

    facts = {}
    for f in gold.facts:
        if f["relation"] == "title":
            continue
        key = (f["subject"], f["relation"], f["object"])
        facts[key] = f

    cache = {}

    def match(names):
        if names in cache:
            return cache[names]
        parts = [n for n in names.split("|") if n]
        prim = {score.normalize(parts[0])} if parts else set()
        norms = {score.normalize(n) for n in parts} - {""}
        cands = set()
        for n in norms:
            cands.update(gold.variant_index.get(n, ()))
        result = None
        if cands:
            ordered = sorted(cands)
            preferred = [i for i in ordered if prim.intersection(gold.entities[i]["variants"])]
            result = gold.entities[(preferred or ordered)[0]]["id"]
        cache[names] = result
        return result

    out = sys.stdout
    counts = {"yes": 0, "no": 0, "optional": 0}
    with open(args.dump, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 10:
                continue
            doc, _sent, sid, _st, snames, oid, _ot, onames, allowed, found = cols[:10]
            features = cols[10:]
            gdoc = doc_ids.get(os.path.basename(doc), doc_ids.get(os.path.splitext(os.path.basename(doc))[0]))
            gs, go = match(snames), match(onames)
            found_set = set(x for x in found.split(",") if x)
            for rel in [x for x in allowed.split(",") if x]:
                label = "no"
                f = facts.get((gs, rel, go)) if gs and go else None
                if f is not None and (not f["docs"] or gdoc is None or gdoc in f["docs"]):
                    label = "optional" if f["optional"] else "yes"
                counts[label] += 1
                out.write("\t".join([args.set, doc, sid, oid, rel, label,
                                     "1" if rel in found_set else "0"] + features) + "\n")
    sys.stderr.write("%s: %s\n" % (args.set, " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
