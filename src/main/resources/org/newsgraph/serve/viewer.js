/*
 * The newsgraph viewer (index.html): plain JavaScript, no build step.
 *
 * Everything it shows comes from the SPARQL endpoint of the same server (sparql, relative to the
 * page) and follows the graph model of docs/graph-model.md: entities in the corpus graph, fact
 * nodes (rdf:Statement) with modality, confidence and evidence, evidence nodes pointing at NIF
 * sentences of documents. The default graph of the endpoint is the union of all named graphs.
 *
 * Copyright the newsgraph authors. Licensed under GPL-3.0-or-later.
 */
(function () {
  'use strict';

  const ENDPOINT = 'sparql';

  const PREFIXES = [
    'PREFIX ng: <https://w3id.org/newsgraph/ontology#>',
    'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX schema: <http://schema.org/>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX dct: <http://purl.org/dc/terms/>',
    ''
  ].join('\n');

  const NG = 'https://w3id.org/newsgraph/ontology#';

  /* Entity classes and their colours: the same colour-blind-safe palette as the exports. */
  const TYPE_COLOURS = {
    Person: '#0072B2',
    Organization: '#E69F00',
    Country: '#009E73',
    City: '#CC79A7',
    Place: '#56B4E9'
  };
  const ENTITY_TYPES = 'VALUES ?type { ng:Person ng:Organization ng:Country ng:City ng:Place }';

  const DEFAULT_QUERY = PREFIXES + [
    '# The asserted facts between entities, most confident first',
    'SELECT ?subject ?relation ?object ?confidence ?sentences WHERE {',
    '  ?fact a ng:Fact ; ng:modality ng:Asserted ;',
    '        rdf:subject/rdfs:label ?subject ; rdf:predicate ?p ; rdf:object ?o ;',
    '        ng:confidence ?confidence ; ng:supportCount ?sentences .',
    '  OPTIONAL { ?o rdfs:label ?objectLabel }',
    '  BIND (COALESCE(?objectLabel, ?o) AS ?object)',
    '  BIND (STRAFTER(STR(?p), "#") AS ?relation)',
    '}',
    'ORDER BY DESC(?confidence) ?subject',
    'LIMIT 50'
  ].join('\n');

  const $ = (id) => document.getElementById(id);

  /* ---------- SPARQL ---------- */

  /** Runs a query; resolves to the parsed SPARQL 1.1 JSON results, rejects with the server's message. */
  async function sparql(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json'
      },
      body: new URLSearchParams({ query: query })
    });
    if (!response.ok) {
      const text = await response.text();
      throw new Error('HTTP ' + response.status + ': ' + text.trim());
    }
    return response.json();
  }

  /** The rows of a SELECT result as objects of plain values (IRIs and literals as strings). */
  async function select(query) {
    const json = await sparql(PREFIXES + query);
    return json.results.bindings.map((row) => {
      const values = {};
      Object.keys(row).forEach((name) => { values[name] = row[name].value; });
      return values;
    });
  }

  /** A SPARQL string literal. */
  function literal(text) {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  /** A SPARQL IRI reference; refuses characters that cannot appear in one. */
  function iri(value) {
    if (/[<>"{}|^`\\\s]/.test(value)) {
      throw new Error('Not an IRI: ' + value);
    }
    return '<' + value + '>';
  }

  function localName(value) {
    return value.startsWith(NG) ? value.substring(NG.length) : value;
  }

  /* ---------- Pending work ---------- */

  /* The number of tasks (queries and their rendering) still running; the page shows it in
     <body data-pending>, so that people and tests can tell when the page has settled. */
  let pending = 0;

  async function tracked(task) {
    pending += 1;
    document.body.dataset.pending = String(pending);
    try {
      return await task();
    } finally {
      pending -= 1;
      document.body.dataset.pending = String(pending);
    }
  }

  /* Each showEntity call takes a new number; an older call that is still waiting for the server
     stops when it sees that a newer one started, so the graph never mixes the two. */
  let generation = 0;

  /* The same for the details panel: only the latest request fills it. */
  let detailsGeneration = 0;

  /* ---------- Graph ---------- */

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          'label': 'data(label)',
          'font-size': 11,
          'text-wrap': 'wrap',
          'text-max-width': 110,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          'width': 28,
          'height': 28
        }
      },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#24292f' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#cf222e' } },
      {
        selector: 'edge',
        style: {
          'label': 'data(label)',
          'font-size': 10,
          'color': '#57606a',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#8c959f',
          'target-arrow-color': '#8c959f',
          'width': 'mapData(confidence, 0, 1, 1, 4)'
        }
      },
      { selector: 'edge[modality != "Asserted"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge:selected', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e' } }
    ]
  });
  /* For people and tests poking at the page from the browser console. */
  window.cy = cy;

  /** Adds a node unless it is there; a new node starts at {@code near} (a position) when given. */
  function addNode(id, label, type, near) {
    if (cy.getElementById(id).empty()) {
      const node = { group: 'nodes', data: { id: id, label: label, type: type, color: TYPE_COLOURS[type] || '#999999' } };
      if (near) {
        const angle = Math.random() * 2 * Math.PI;
        node.position = { x: near.x + 80 * Math.cos(angle), y: near.y + 80 * Math.sin(angle) };
      }
      cy.add(node);
    }
  }

  function addEdge(fact) {
    if (cy.getElementById(fact.f).empty()) {
      cy.add({
        group: 'edges',
        data: {
          id: fact.f, source: fact.s, target: fact.o, label: localName(fact.p),
          modality: localName(fact.m), confidence: Number(fact.confidence)
        }
      });
    }
  }

  /**
   * Lays the graph out: a new graph as a circle of neighbours around its entity; after an
   * expansion, with Cytoscape's force-directed layout starting from the current positions, so
   * that what was shown stays roughly in place.
   */
  function layout(centre) {
    if (centre) {
      cy.layout({
        name: 'concentric', animate: false, padding: 30, minNodeSpacing: 120,
        concentric: (node) => (node.id() === centre ? 2 : 1), levelWidth: () => 1
      }).run();
    } else {
      cy.layout({
        name: 'cose', animate: false, randomize: false, padding: 30,
        nodeRepulsion: () => 20000, idealEdgeLength: () => 120, nodeOverlap: 20
      }).run();
    }
  }

  /**
   * Adds an entity's facts with other entities, and those entities, to the graph; does nothing
   * when given a generation that is no longer the current one.
   */
  async function expand(entity, forGeneration, fromScratch) {
    setStatus('graph-status', 'Loading the neighbours of ' + labelOf(entity) + '…');
    const facts = await select(
      'SELECT DISTINCT ?f ?s ?p ?o ?m ?confidence ?sLabel ?sType ?oLabel ?oType WHERE {\n' +
      '  { ?f rdf:subject ' + iri(entity) + ' } UNION { ?f rdf:object ' + iri(entity) + ' }\n' +
      '  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;\n' +
      '     ng:modality ?m ; ng:confidence ?confidence .\n' +
      '  ?s a ?sType ; rdfs:label ?sLabel . ?o a ?oType ; rdfs:label ?oLabel .\n' +
      '  VALUES ?sType { ng:Person ng:Organization ng:Country ng:City ng:Place }\n' +
      '  VALUES ?oType { ng:Person ng:Organization ng:Country ng:City ng:Place }\n' +
      '} ORDER BY ?p ?s ?o');
    if (forGeneration !== undefined && forGeneration !== generation) {
      return;
    }
    const origin = cy.getElementById(entity).nonempty() ? { ...cy.getElementById(entity).position() } : null;
    facts.forEach((fact) => {
      addNode(fact.s, fact.sLabel, localName(fact.sType), origin);
      addNode(fact.o, fact.oLabel, localName(fact.oType), origin);
      addEdge(fact);
    });
    layout(fromScratch ? entity : null);
    setStatus('graph-status', cy.nodes().length + ' entities, ' + cy.edges().length +
      ' facts. Click a node or an edge for details; double-click a node to add its neighbours.');
  }

  function labelOf(id) {
    const node = cy.getElementById(id);
    return node.nonempty() ? node.data('label') : id;
  }

  /** Starts a new graph around an entity and shows its details. */
  async function showEntity(entity) {
    const mine = ++generation;
    try {
      const rows = await select(
        'SELECT ?label ?type WHERE { ' + ENTITY_TYPES + ' ' + iri(entity) +
        ' a ?type ; rdfs:label ?label } LIMIT 1');
      if (mine !== generation) {
        return;
      }
      if (rows.length === 0) {
        setStatus('graph-status', 'No entity ' + entity, true);
        return;
      }
      cy.elements().remove();
      addNode(entity, rows[0].label, localName(rows[0].type));
      await expand(entity, mine, true);
      if (mine !== generation) {
        return;
      }
      cy.nodes().removeClass('focus');
      cy.getElementById(entity).addClass('focus');
      await showEntityDetails(entity);
    } catch (error) {
      setStatus('graph-status', error.message, true);
    }
  }

  /* ---------- Details panel ---------- */

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value);
      }
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function definitionList(pairs) {
    const list = element('dl');
    pairs.filter(([, value]) => value !== undefined && value !== '').forEach(([term, value]) => {
      list.append(element('dt', { text: term }));
      list.append(typeof value === 'string' ? element('dd', { text: value }) : element('dd', {}, [value]));
    });
    return list;
  }

  /** An evidence block: the sentence, then its document and extractor. */
  function evidenceBlock(row) {
    const source = 'From "' + (row.docTitle || row.docId || row.doc) + '"' +
      (row.docId ? ' (' + row.docId + ')' : '') +
      ' · ' + (row.extractors || 'unknown extractor') +
      ' · confidence ' + formatNumber(row.evidenceConfidence);
    return element('div', { class: 'evidence' }, [
      element('blockquote', { text: row.sentence }),
      element('div', { class: 'source', text: source })
    ]);
  }

  function formatNumber(value) {
    const number = Number(value);
    return Number.isFinite(number) ? String(Math.round(number * 100) / 100) : String(value);
  }

  /** The evidence rows of a set of facts, in document and sentence order, grouped by fact. */
  async function evidenceOf(factPattern) {
    const rows = await select(
      'SELECT ?f ?sentence ?begin ?doc ?docId ?docTitle ?evidenceConfidence\n' +
      '       (GROUP_CONCAT(DISTINCT ?extractor; SEPARATOR=", ") AS ?extractors) WHERE {\n' +
      factPattern + '\n' +
      '  ?f ng:evidence ?e .\n' +
      '  ?e prov:wasDerivedFrom ?s ; prov:wasQuotedFrom ?doc ; ng:confidence ?evidenceConfidence .\n' +
      '  ?s nif:anchorOf ?sentence ; nif:beginIndex ?begin .\n' +
      '  OPTIONAL { ?e ng:extractor ?extractor }\n' +
      '  OPTIONAL { ?doc dct:identifier ?docId }\n' +
      '  OPTIONAL { ?doc dct:title ?docTitle }\n' +
      '} GROUP BY ?f ?sentence ?begin ?doc ?docId ?docTitle ?evidenceConfidence\n' +
      'ORDER BY ?f ?docId ?begin');
    const byFact = {};
    rows.forEach((row) => { (byFact[row.f] = byFact[row.f] || []).push(row); });
    return byFact;
  }

  async function showEntityDetails(entity) {
    const mine = ++detailsGeneration;
    const panel = $('details');
    panel.replaceChildren(element('p', { class: 'hint', text: 'Loading…' }));
    const info = await select(
      'SELECT ?label ?type ?link (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR=", ") AS ?aliases) WHERE {\n' +
      '  ' + ENTITY_TYPES + '\n' +
      '  ' + iri(entity) + ' a ?type ; rdfs:label ?label .\n' +
      '  OPTIONAL { ' + iri(entity) + ' skos:altLabel ?alias }\n' +
      '  OPTIONAL { ' + iri(entity) + ' schema:sameAs ?link }\n' +
      '} GROUP BY ?label ?type ?link');
    const facts = await select(
      'SELECT DISTINCT ?f ?s ?sLabel ?p ?o ?oLabel ?m ?confidence ?support WHERE {\n' +
      '  { ?f rdf:subject ' + iri(entity) + ' } UNION { ?f rdf:object ' + iri(entity) + ' }\n' +
      '  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;\n' +
      '     ng:modality ?m ; ng:confidence ?confidence ; ng:supportCount ?support .\n' +
      '  ?s rdfs:label ?sLabel .\n' +
      '  OPTIONAL { ?o rdfs:label ?oLabel }\n' +
      '} ORDER BY ?p ?sLabel ?o');
    const evidence = await evidenceOf(
      '  { ?f rdf:subject ' + iri(entity) + ' } UNION { ?f rdf:object ' + iri(entity) + ' }');
    if (mine !== detailsGeneration) {
      return;
    }

    const head = info[0] || { label: entity, type: '' };
    const link = head.link ? element('a', { href: head.link, target: '_blank', rel: 'noopener', text: head.link }) : undefined;
    const titles = facts.filter((fact) => localName(fact.p) === 'title' && localName(fact.m) === 'Asserted')
      .map((fact) => fact.o).join(', ');
    panel.replaceChildren(
      element('h2', { text: head.label }),
      definitionList([
        ['Type', localName(head.type)],
        ['Also called', head.aliases],
        ['Titles', titles],
        ['Wikipedia', link],
        ['IRI', entity]
      ]),
      element('h3', { text: 'Facts (' + facts.length + ')' }),
      ...facts.map((fact) => factBlock(fact, evidence[fact.f] || [], entity)),
      expandButton(entity));
  }

  function expandButton(entity) {
    const button = element('button', { type: 'button', text: 'Add neighbours to the graph' });
    button.addEventListener('click', () => reportErrors(tracked(() => expand(entity)), 'graph-status'));
    return element('p', {}, [button]);
  }

  /** One fact with its sentences; the other entity is a link that opens it. */
  function factBlock(fact, evidenceRows, fromEntity) {
    const modality = localName(fact.m);
    const objectText = fact.oLabel || fact.o;
    const head = element('div', { class: 'fact-head' }, [
      entityRef(fact.s, fact.sLabel, fromEntity),
      ' ' + localName(fact.p) + ' ',
      fact.oLabel ? entityRef(fact.o, objectText, fromEntity) : objectText
    ]);
    const meta = element('div', {
      class: 'fact-meta',
      text: modality + ' · confidence ' + formatNumber(fact.confidence) + ' · ' +
        fact.support + (Number(fact.support) === 1 ? ' sentence' : ' sentences')
    });
    return element('div', { class: 'fact modality-' + modality }, [head, meta, ...evidenceRows.map(evidenceBlock)]);
  }

  function entityRef(id, label, current) {
    if (id === current) {
      return element('span', { text: label });
    }
    const link = element('a', { class: 'entity-link', tabindex: '0', text: label });
    link.addEventListener('click', () => tracked(() => showEntity(id)));
    return link;
  }

  async function showFactDetails(factId) {
    const mine = ++detailsGeneration;
    const panel = $('details');
    panel.replaceChildren(element('p', { class: 'hint', text: 'Loading…' }));
    const rows = await select(
      'SELECT ?f ?s ?sLabel ?p ?o ?oLabel ?m ?confidence ?support WHERE {\n' +
      '  BIND (' + iri(factId) + ' AS ?f)\n' +
      '  ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;\n' +
      '     ng:modality ?m ; ng:confidence ?confidence ; ng:supportCount ?support .\n' +
      '  ?s rdfs:label ?sLabel . OPTIONAL { ?o rdfs:label ?oLabel }\n' +
      '} LIMIT 1');
    if (rows.length === 0 && mine === detailsGeneration) {
      panel.replaceChildren(element('p', { class: 'status error', text: 'No fact ' + factId }));
      return;
    }
    const fact = rows[0];
    const evidence = await evidenceOf('  BIND (' + iri(factId) + ' AS ?f)');
    if (mine !== detailsGeneration) {
      return;
    }
    panel.replaceChildren(
      element('h2', { text: fact.sLabel + ' ' + localName(fact.p) + ' ' + (fact.oLabel || fact.o) }),
      definitionList([
        ['Relation', localName(fact.p)],
        ['Modality', localName(fact.m)],
        ['Confidence', formatNumber(fact.confidence)],
        ['Sentences', fact.support],
        ['IRI', factId]
      ]),
      element('h3', { text: 'Evidence' }),
      factBlock(fact, evidence[factId] || [], null));
  }

  /* ---------- Search ---------- */

  async function search(text) {
    const list = $('search-results');
    list.replaceChildren();
    setStatus('search-status', 'Searching…');
    try {
      const rows = await select(
        'SELECT ?e ?label ?type (SAMPLE(?name) AS ?matched) WHERE {\n' +
        '  ' + ENTITY_TYPES + '\n' +
        '  ?e a ?type ; rdfs:label ?label .\n' +
        '  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }\n' +
        '  FILTER (CONTAINS(LCASE(STR(?name)), LCASE(' + literal(text) + ')))\n' +
        '} GROUP BY ?e ?label ?type ORDER BY LCASE(?label) LIMIT 100');
      setStatus('search-status', rows.length === 0 ? 'No entity has a name containing "' + text + '".'
        : rows.length + (rows.length === 1 ? ' entity' : ' entities') + ' found.');
      rows.forEach((row) => list.append(resultItem(row)));
      if (rows.length === 1) {
        await showEntity(rows[0].e);
      }
    } catch (error) {
      setStatus('search-status', error.message, true);
    }
  }

  function resultItem(row) {
    const type = localName(row.type);
    const item = element('li', { tabindex: '0', 'data-iri': row.e, style: '--swatch: ' + (TYPE_COLOURS[type] || '#999') }, [
      element('span', { class: 'label', text: row.label }),
      element('span', { class: 'type', text: type })
    ]);
    if (row.matched && row.matched !== row.label) {
      item.append(element('span', { class: 'matched', text: 'also called ' + row.matched }));
    }
    const open = () => tracked(() => showEntity(row.e));
    item.addEventListener('click', open);
    item.addEventListener('keydown', (event) => { if (event.key === 'Enter') { open(); } });
    return item;
  }

  /* ---------- SPARQL box ---------- */

  async function runQuery() {
    const table = $('sparql-results');
    table.replaceChildren();
    setStatus('sparql-status', 'Running…');
    const started = performance.now();
    try {
      const json = await sparql($('sparql-input').value);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (typeof json.boolean === 'boolean') {
        setStatus('sparql-status', 'ASK: ' + json.boolean + ' (' + seconds + ' s)');
        return;
      }
      renderTable(table, json.head.vars, json.results.bindings);
      setStatus('sparql-status', json.results.bindings.length + ' rows (' + seconds + ' s)');
    } catch (error) {
      setStatus('sparql-status', error.message, true);
    }
  }

  function renderTable(table, vars, bindings) {
    const headRow = element('tr', {}, vars.map((name) => element('th', { text: '?' + name })));
    const body = bindings.map((row) => element('tr', {}, vars.map((name) => element('td', { text: termText(row[name]) }))));
    table.replaceChildren(element('thead', {}, [headRow]), element('tbody', {}, body));
  }

  function termText(term) {
    if (!term) {
      return '';
    }
    if (term.type === 'uri') {
      return '<' + term.value + '>';
    }
    if (term.type === 'bnode') {
      return '_:' + term.value;
    }
    return term.value;
  }

  /* ---------- Wiring ---------- */

  function setStatus(id, text, isError) {
    const status = $(id);
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function fillLegend() {
    Object.entries(TYPE_COLOURS).forEach(([type, colour]) => {
      $('legend').append(element('li', { style: '--swatch: ' + colour, text: type }));
    });
  }

  function reportErrors(promise, statusId) {
    promise.catch((error) => setStatus(statusId, error.message, true));
  }

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('search-input').value.trim();
    if (text) {
      reportErrors(tracked(() => search(text)), 'search-status');
    }
  });
  cy.on('tap', 'node', (event) => reportErrors(tracked(() => showEntityDetails(event.target.id())), 'graph-status'));
  cy.on('tap', 'edge', (event) => reportErrors(tracked(() => showFactDetails(event.target.id())), 'graph-status'));
  cy.on('dbltap', 'node', (event) => reportErrors(tracked(() => expand(event.target.id())), 'graph-status'));
  $('fit-button').addEventListener('click', () => cy.fit(undefined, 30));
  $('clear-button').addEventListener('click', () => {
    cy.elements().remove();
    $('details').replaceChildren(element('p', { class: 'hint', text: 'Details of the selected entity or fact appear here.' }));
  });
  $('sparql-run').addEventListener('click', () => tracked(runQuery));
  $('sparql-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      tracked(runQuery);
    }
  });
  $('sparql-input').value = DEFAULT_QUERY;
  fillLegend();
  document.body.dataset.pending = '0';
}());
