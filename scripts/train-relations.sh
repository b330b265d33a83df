#!/bin/bash
# Train the learned relation classifier (docs/resolution-and-extraction.md, "Learned relations").
#
# usage (from the repository root, after `mvn -B -q -DskipTests package`):
#   scripts/train-relations.sh OUTPUT SET...
# e.g. the bundled model, trained on all development sets:
#   scripts/train-relations.sh src/main/resources/org/newsgraph/extract/learned-relations.ser.gz \
#     seeds heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11
#
# For each SET (seeds: ./seeds with gold ../shared/eval/gold/seeds; otherwise
# src/test/resources/SET/articles with src/test/resources/SET/gold) it builds the store
# $STORES/SET (annotations are cached there, so a second run takes seconds per document) with the
# classifier off and --dump-relation-candidates (such a build always runs, even when the store is up
# to date), so that every candidate pair is written with its features; scripts/label-relations.py labels the pairs with the gold set (matching names as
# ../shared/eval/score.py does); `newsgraph train-relations` trains one model per relation and
# picks each relation's threshold by leaving one set out at a time. A set's labelled file in $WORK
# is reused when present (delete $WORK to start again).
#
# environment: JAR (default target/newsgraph.jar), STORES (default target/train-stores),
# WORK (default target/train-relations), HEAP (default 3g), PRECISION (default 0.85).
set -euo pipefail
OUTPUT=$1; shift
JAR=${JAR:-target/newsgraph.jar}
STORES=${STORES:-target/train-stores}
WORK=${WORK:-target/train-relations}
HEAP=${HEAP:-3g}
PRECISION=${PRECISION:-0.85}
mkdir -p "$WORK" "$STORES"
inputs=()
for SET in "$@"; do
  if [ "$SET" = seeds ]; then art=seeds; gold=../shared/eval/gold/seeds
  else art=src/test/resources/$SET/articles; gold=src/test/resources/$SET/gold; fi
  labelled=$WORK/$SET.tsv
  if [ ! -s "$labelled" ]; then
    store=$STORES/$SET
    java -Xmx"$HEAP" -XX:+UseParallelGC -jar "$JAR" build --store "$store" \
      --dump-relation-candidates "$WORK/$SET.dump" "$art" \
      > "$WORK/$SET.build.log" 2>&1 || { echo "$SET: build failed, see $WORK/$SET.build.log" >&2; exit 1; }
    python3 scripts/label-relations.py --set "$SET" --dump "$WORK/$SET.dump" --gold "$gold" \
      > "$labelled.tmp"
    mv "$labelled.tmp" "$labelled"
  fi
  inputs+=("$labelled")
done
java -Xmx"$HEAP" -jar "$JAR" train-relations --precision "$PRECISION" --output "$OUTPUT" "${inputs[@]}"
