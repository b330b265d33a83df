#!/usr/bin/env python3
"""Bounded soak of `newsgraph serve`: N concurrent clients send a mix of read requests for a
fixed time, then latency percentiles and errors are printed. Python 3 standard library only.

Usage (a server must be running, loopback only):
    ./newsgraph build seeds/ && ./newsgraph serve &
    python3 scripts/serve_soak.py --url http://127.0.0.1:3030/ --clients 8 --seconds 60

Exit code 0 when no request failed, 1 otherwise. The requests: SPARQL queries of the kinds the
viewer and users send (counts, entity lists, facts with their evidence sentences, a text
search), the viewer page and /$/ping.
"""
import argparse
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label LIMIT 100",
    "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    "PREFIX prov: <http://www.w3.org/ns/prov#> "
    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
    "SELECT ?s ?p ?o ?text WHERE { ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; "
    "rdf:object ?o ; ng:evidence ?e . ?e prov:wasDerivedFrom ?sent . ?sent nif:anchorOf ?text }",
    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
    "SELECT ?sent WHERE { ?sent nif:anchorOf ?text FILTER(CONTAINS(LCASE(?text), \"minister\")) }",
]


def requests_for(base):
    sparql = urllib.parse.urljoin(base, "sparql")
    mix = [("query", sparql + "?" + urllib.parse.urlencode({"query": q})) for q in QUERIES]
    mix.append(("viewer", base))
    mix.append(("ping", urllib.parse.urljoin(base, "$/ping")))
    return mix


def client(mix, deadline, results, lock, index):
    latencies, errors, i = [], [], index
    while time.monotonic() < deadline:
        kind, url = mix[i % len(mix)]
        i += 1
        request = urllib.request.Request(
            url, headers={"Accept": "application/sparql-results+json, text/html, */*"})
        start = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=35) as response:
                response.read()
                if response.status != 200:
                    errors.append(f"{kind}: HTTP {response.status}")
        except (urllib.error.URLError, OSError) as e:
            errors.append(f"{kind}: {e}")
        latencies.append(time.monotonic() - start)
    with lock:
        results["latencies"].extend(latencies)
        results["errors"].extend(errors)


def percentile(sorted_values, p):
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:3030/", help="the server's root URL")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=60, help="how long (default 60)")
    args = parser.parse_args()
    base = args.url if args.url.endswith("/") else args.url + "/"
    host = urllib.parse.urlparse(base).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("soak only a server on this machine (127.0.0.1, localhost or ::1)")
    mix = requests_for(base)
    results, lock = {"latencies": [], "errors": []}, threading.Lock()
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client, args=(mix, deadline, results, lock, n))
               for n in range(args.clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    lat = sorted(results["latencies"])
    ms = lambda v: f"{v * 1000:.1f} ms"
    print(f"clients {args.clients}, {elapsed:.1f} s, requests {len(lat)}"
          f" ({len(lat) / elapsed:.1f}/s), errors {len(results['errors'])}")
    if lat:
        print(f"latency p50 {ms(percentile(lat, 50))}, p95 {ms(percentile(lat, 95))},"
              f" p99 {ms(percentile(lat, 99))}, max {ms(lat[-1])},"
              f" mean {ms(statistics.fmean(lat))}")
    for error in results["errors"][:10]:
        print("error:", error)
    return 0 if not results["errors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
