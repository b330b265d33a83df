#!/usr/bin/env python3
"""How widely each extractor fires across built stores: a check of whether a rule transfers.

A rule written from one set's miss often never meets that phrasing again. This script asks each
store (built with `newsgraph build`) which extractors its facts' evidence names (`ng:extractor`:
`kbp`, `pattern:NAME`, `rule:NAME`) and how many facts each gave, then prints one line per
extractor: the number of stores it fires in, its facts in all of them, and the stores. A summary
at the end counts the extractors by the number of stores they fire in. Use it over the
development sets' stores before keeping a new rule: one that fires in a single set is a rule for
that set's text (docs/resolution-and-extraction.md, "Held-out evaluation").

    scripts/rule-transfer.py NAME=STORE [NAME=STORE ...]
    scripts/rule-transfer.py heldout=/tmp/st-heldout heldout2=/tmp/st-heldout2

It runs `./newsgraph query` from the repository root (NEWSGRAPH, e.g. `java -jar
target/newsgraph.jar`, to run another command). Python 3 standard library only.
"""

import collections
import os
import shlex
import subprocess
import sys

QUERY = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?extractor (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  ?fact a ng:Fact ; ng:evidence ?evidence . ?evidence ng:extractor ?extractor
} GROUP BY ?extractor"""


def extractor_counts(command, store):
    """The facts per extractor of one store, as a dict."""
    result = subprocess.run(
        command + ["query", "--store", store, "--format", "tsv", "--file", "-"],
        input=QUERY,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"rule-transfer: query of {store} failed: {result.stderr.strip()}")
    counts = {}
    for line in result.stdout.splitlines()[1:]:
        extractor, facts = line.split("\t")
        counts[extractor.strip('"')] = int(facts.split("^^")[0].strip('"'))
    return counts


def main(args):
    if not args or any("=" not in arg for arg in args):
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    command = shlex.split(os.environ.get("NEWSGRAPH", os.path.join(root, "newsgraph")))
    stores = collections.defaultdict(list)
    facts = collections.Counter()
    for arg in args:
        name, store = arg.split("=", 1)
        for extractor, count in extractor_counts(command, store).items():
            stores[extractor].append(name)
            facts[extractor] += count
    for extractor in sorted(stores, key=lambda x: (-len(stores[x]), -facts[x], x)):
        names = " ".join(stores[extractor])
        print(f"{len(stores[extractor])}\t{facts[extractor]}\t{extractor}\t{names}")
    spread = collections.Counter(len(names) for names in stores.values())
    print(f"# {len(stores)} extractors fire in {len(args)} stores", file=sys.stderr)
    for count in sorted(spread):
        single = [x for x in stores if len(stores[x]) == count]
        total = sum(facts[x] for x in single)
        print(f"#   in {count} stores: {spread[count]} extractors, {total} facts", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
