#!/usr/bin/env python3
"""Regenerates src/main/resources/org/newsgraph/link/wikidata-ids.tsv.gz.

The file maps English Wikipedia article titles to Wikidata item ids (QIDs), so that the graph
builder can add owl:sameAs <http://www.wikidata.org/entity/Q...> to every entity whose linked
title is in it. Nothing is downloaded at run time: this script reads two npm tarballs that you
fetch once with

    npm pack @rapideditor/country-coder@5.6.1 name-suggestion-index@8.0.20260918

and writes the derived file, which is committed. Python 3 standard library only.

    python3 scripts/data/wikidata_ids.py \\
        --country-coder rapideditor-country-coder-5.6.1.tgz \\
        --nsi name-suggestion-index-8.0.20260918.tgz \\
        --dictionary ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar \\
        --output src/main/resources/org/newsgraph/link/wikidata-ids.tsv.gz

--dictionary (optional; the committed file is made with it) keeps only the titles that CoreNLP's
Wikipedia dictionary (wikidict.tab.gz, in the models-english-kbp jar the linker reads) has as an
article title: the linker never chooses any other title, so the rest would only make the file
bigger and slower to load. Reading the dictionary takes a few minutes.

Sources (see THIRD-PARTY.md for the licences):
  - country-coder (ISC): src/data/borders.json, 392 countries, territories, regions and
    groupings, each with its QID, English name (nameEn) and aliases;
  - name-suggestion-index (BSD-3-Clause; the labels come from Wikidata, CC0):
    dist/wikidata/wikidata.json, about 27,500 QIDs (brands, operators, government bodies,
    international organisations) with their English Wikidata label and description. It holds
    no Wikipedia sitelinks.

Neither source gives Wikipedia titles, only names. The rule that turns a name into a title:
  1. the title of a name is the name with spaces replaced by '_' and its first letter in upper
     case (MediaWiki's own title normalisation); names that cannot be titles (empty, or with
     one of # < > [ ] | { } _) are skipped, and so are country-coder aliases without a lower
     case letter (ISO and other codes such as "GB-ENG", not names);
  2. a title is kept only when every name that gives it, in both sources, belongs to the same
     QID (one QID per title), with one exception (rule 3). A title that two QIDs claim
     ("Ministry of Justice", ten ministries) is left out, with no guess;
  3. a title that one country-coder feature claims by its English name (nameEn, not an alias)
     and name-suggestion-index organisations also claim ("Iceland": the country and a
     supermarket chain) gets two rows: the feature's QID as 'place', and, when exactly one
     index item claims it, that item's QID as 'org'. When an index item that claims it is
     itself a country or a settlement (COUNTRY_DESCRIPTION, PLACE_DESCRIPTION: "Cyprus", the
     island and the state), two places claim the title and it is left out as in rule 2;
  4. each kept title gets a kind: 'place' when its QID is a country-coder feature (countries,
     territories, regions, and groupings such as the European Union) or a name-suggestion-index
     item described as a country ("former country in ...": COUNTRY_DESCRIPTION), else
     'org'. The graph builder uses an 'org' QID only for organisations, and the 'place' QID of
     a title that also has an 'org' row only for places;
  5. a title whose only QID is a name-suggestion-index item described as a settlement or
     territory ("city in ...", "capital of ...", "county in ...": PLACE_DESCRIPTION) is left
     out: the index holds the places that operate something, often a smaller namesake of the
     place the title names (a world capital's name held by a small town of another country),
     and an organisation linked to a place's title is usually a capital standing for its
     government ("the capital said").

Output: gzip'd UTF-8 TSV, '#' comment lines first (sources, versions, licences, this rule),
then 'title<TAB>QID<TAB>kind' lines sorted by title and kind (a title appears twice only with
two kinds, 'org' before 'place'). The output is byte-for-byte the same for
the same inputs (fixed gzip mtime).
"""

import argparse
import collections
import gzip
import io
import json
import re
import sys
import tarfile
import zipfile

CC_NAME = "@rapideditor/country-coder"
NSI_NAME = "name-suggestion-index"
QID = re.compile(r"^Q[1-9][0-9]*$")
NOT_IN_TITLES = set("#<>[]|{}_")
# A description whose head noun (after at most two words) is a settlement or territory.
PLACE_DESCRIPTION = re.compile(
    r"^(?:\S+ ){0,2}(?:city|town|village|municipality|capital|county|province|state|commune"
    r"|borough|prefecture|country|territory|island|oblast|voivodeship|canton|neighbou?rhood"
    r"|suburb|hamlet)(?:$|,| in | of | and | on | off | located | situated )",
    re.IGNORECASE)
# A description whose head noun (after at most two words) is a country.
COUNTRY_DESCRIPTION = re.compile(
    r"^(?:\S+ ){0,2}(?:country|sovereign state)(?:$|,| in | of | and | on | off | located "
    r"| situated )",
    re.IGNORECASE)


def read_member(tarball, path):
    """The bytes of package/PATH inside an npm tarball."""
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.extractfile("package/" + path)
        if member is None:
            sys.exit("%s: package/%s is missing" % (tarball, path))
        return member.read()


def package_info(tarball, expected_name):
    info = json.loads(read_member(tarball, "package.json"))
    if info.get("name") != expected_name:
        sys.exit("%s is %s, not %s" % (tarball, info.get("name"), expected_name))
    return info["version"], info.get("license", "?")


def title_of(name):
    """The Wikipedia title a name would have, or None when it cannot be one."""
    name = " ".join(name.split())
    if not name or any(c in NOT_IN_TITLES for c in name):
        return None
    return (name[0].upper() + name[1:]).replace(" ", "_")


def country_coder_names(tarball):
    """(name, QID, is an alias) from country-coder's borders.json."""
    borders = json.loads(read_member(tarball, "src/data/borders.json"))
    for feature in borders["features"]:
        props = feature["properties"]
        qid = props.get("wikidata")
        if not qid or not QID.match(qid):
            continue
        yield props["nameEn"], qid, False
        for alias in props.get("aliases", []):
            if any(c.islower() for c in alias):
                yield alias, qid, True


def nsi_names(tarball):
    """(English label, QID, is a place, is a country) from name-suggestion-index's
    wikidata.json."""
    items = json.loads(read_member(tarball, "dist/wikidata/wikidata.json"))["wikidata"]
    for qid, item in items.items():
        label = item.get("label")
        description = item.get("description", "")
        if label and QID.match(qid):
            yield (label, qid, bool(PLACE_DESCRIPTION.match(description)),
                   bool(COUNTRY_DESCRIPTION.match(description)))


def dictionary_titles(path, wanted):
    """The titles in `wanted` that are an article title of the Wikipedia dictionary at `path`
    (wikidict.tab.gz, or a jar holding it): its lines are surface<TAB>Title<TAB>probability."""
    if zipfile.is_zipfile(path):
        jar = zipfile.ZipFile(path)
        names = [n for n in jar.namelist() if n.endswith("/wikidict.tab.gz")]
        if len(names) != 1:
            sys.exit("%s holds no single wikidict.tab.gz" % path)
        raw = jar.open(names[0])
    else:
        raw = open(path, "rb")
    wanted_bytes = {t.encode("utf-8") for t in wanted}
    found = set()
    with gzip.GzipFile(fileobj=raw) as lines:
        for line in lines:
            first = line.find(b"\t")
            second = line.find(b"\t", first + 1)
            if first >= 0 and second > first and line[first + 1:second] in wanted_bytes:
                found.add(line[first + 1:second].decode("utf-8"))
    raw.close()
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--country-coder", required=True, help="country-coder npm tarball")
    parser.add_argument("--nsi", required=True, help="name-suggestion-index npm tarball")
    parser.add_argument("--dictionary", help="keep only titles of this wikidict.tab.gz"
                        " (or of the models-english-kbp jar that holds it)")
    parser.add_argument("--output", required=True, help="the .tsv.gz to write")
    args = parser.parse_args()

    cc_version, cc_licence = package_info(args.country_coder, CC_NAME)
    nsi_version, nsi_licence = package_info(args.nsi, NSI_NAME)

    claims = collections.defaultdict(set)
    features = set()
    primary_names = collections.defaultdict(set)
    names = 0
    for name, qid, is_alias in country_coder_names(args.country_coder):
        features.add(qid)
        names += 1
        title = title_of(name)
        if title:
            claims[title].add(qid)
            if not is_alias:
                primary_names[title].add(qid)
    places = set(features)
    nsi_places = set()
    for name, qid, is_place, is_country in nsi_names(args.nsi):
        names += 1
        if is_place:
            nsi_places.add(qid)
        if is_country:
            places.add(qid)
        title = title_of(name)
        if title:
            claims[title].add(qid)

    # title -> {kind: QID}
    rows = {}
    split = 0
    for title, qids in claims.items():
        if len(qids) == 1:
            qid = next(iter(qids))
            if qid in places or qid not in nsi_places:
                rows[title] = {"place" if qid in places else "org": qid}
            continue
        feature = qids & features
        others = qids - features
        if (len(feature) == 1 and feature <= primary_names[title]
                and not others & (places | nsi_places)):
            split += 1
            rows[title] = {"place": next(iter(feature))}
            if len(others) == 1:
                rows[title]["org"] = next(iter(others))
    ambiguous = sum(1 for q in claims.values() if len(q) > 1) - split
    nsi_place_titles = len(claims) - ambiguous - len(rows)
    kept = rows
    not_in_dictionary = 0
    dictionary_note = ""
    if args.dictionary:
        in_dictionary = dictionary_titles(args.dictionary, kept)
        not_in_dictionary = len(kept) - len(in_dictionary)
        kept = {t: q for t, q in kept.items() if t in in_dictionary}
        dictionary_note = (
            "# Kept only the titles that the linker's Wikipedia dictionary has\n"
            "# (%s); %d others left out.\n"
            % (args.dictionary.rsplit("/", 1)[-1], not_in_dictionary))

    row_count = sum(len(k) for k in kept.values())
    place_count = sum(1 for k in kept.values() if "place" in k)
    both = sum(1 for k in kept.values() if len(k) == 2)
    out = io.StringIO()
    out.write(
        "# English Wikipedia title -> Wikidata QID, for owl:sameAs wd:Q... links.\n"
        "# Generated by scripts/data/wikidata_ids.py; do not edit by hand.\n"
        "# Sources (licences: THIRD-PARTY.md):\n"
        "#   npm %s %s (%s): src/data/borders.json\n"
        "#   npm %s %s (%s; labels from Wikidata, CC0): dist/wikidata/wikidata.json\n"
        "# Rule: a name's title is the name with '_' for spaces and its first letter upper-case;\n"
        "# a title is kept only when all names giving it, in both sources, have one QID, or\n"
        "# when one country-coder feature (by its English name) and name-suggestion-index\n"
        "# organisations claim it: then the feature is its place, and the organisation its org\n"
        "# when only one claims it.\n"
        "# Left out: a title whose one QID is a name-suggestion-index settlement or territory.\n"
        "# kind: place = a country-coder feature or a name-suggestion-index country (for any\n"
        "# linked entity; for places only when the title has an org row too), org = the rest\n"
        "# (for organisations only).\n"
        "%s"
        "# %d names read, %d titles kept in %d rows (%d place, %d org; titles with both: %d);\n"
        "# left out: %d ambiguous, %d settlements.\n"
        "# title\tQID\tkind\n"
        % (CC_NAME, cc_version, cc_licence, NSI_NAME, nsi_version, nsi_licence,
           dictionary_note, names, len(kept), row_count, place_count, row_count - place_count,
           both, ambiguous, nsi_place_titles))
    for title in sorted(kept):
        for kind in sorted(kept[title]):
            out.write("%s\t%s\t%s\n" % (title, kept[title][kind], kind))

    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(out.getvalue().encode("utf-8"))
    print("%s: %d titles (%d rows, %d place, %d both kinds) from %d names (left out: %d"
          " ambiguous, %d settlements, %d not in the dictionary)"
          % (args.output, len(kept), row_count, place_count, both, names, ambiguous,
             nsi_place_titles, not_in_dictionary), file=sys.stderr)


if __name__ == "__main__":
    main()
