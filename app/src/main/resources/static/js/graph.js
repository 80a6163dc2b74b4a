// The network page: draws /graph/data with Cytoscape.js in #graph.
// #graph carries data-source (the JSON URL with the page's filters) and data-focus (a record key);
// once drawn it gets data-ready="true" and data-nodes (the number of nodes).
(function () {
  'use strict';

  // Colour and shape per record kind; the legend swatches use the same.
  var KINDS = {
    ORGANISATION: {color: '#1d4e89', shape: 'round-rectangle'},
    PERSON: {color: '#e07a1f', shape: 'ellipse'},
    AGREEMENT: {color: '#2a9d55', shape: 'diamond'},
    ACTIVITY: {color: '#8e44ad', shape: 'hexagon'},
    PLACE: {color: '#6c7a89', shape: 'triangle'},
    PROGRAMME: {color: '#c0392b', shape: 'star'}
  };
  var FALLBACK = {color: '#555555', shape: 'ellipse'};

  function kindOf(kind) {
    return KINDS[kind] || FALLBACK;
  }

  function paintLegend() {
    document.querySelectorAll('.graph-swatch[data-kind]').forEach(function (swatch) {
      var k = kindOf(swatch.getAttribute('data-kind'));
      swatch.style.width = '0.9rem';
      swatch.style.height = '0.9rem';
      swatch.style.backgroundColor = k.color;
      swatch.style.borderRadius = k.shape === 'ellipse' ? '50%' : '0.2rem';
    });
  }

  function finish(container, count, message, state) {
    if (message) {
      var note = document.createElement('p');
      note.className = 'text-muted p-3 graph-message';
      note.textContent = message;
      container.appendChild(note);
    }
    container.setAttribute('data-nodes', String(count));
    container.setAttribute('data-ready', state || 'true');
  }

  function draw(container, elements) {
    var focus = container.getAttribute('data-focus');
    var nodes = elements.nodes || [];
    if (nodes.length === 0) {
      finish(container, 0, container.getAttribute('data-empty'));
      return;
    }
    var small = window.matchMedia && window.matchMedia('(max-width: 576px)').matches;
    var cy = cytoscape({
      container: container,
      elements: {nodes: nodes, edges: elements.edges || []},
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {selector: 'node', style: {
          'label': 'data(label)',
          'background-color': function (n) { return kindOf(n.data('kind')).color; },
          'shape': function (n) { return kindOf(n.data('kind')).shape; },
          'width': 26, 'height': 26,
          'font-size': small ? 9 : 11,
          'color': '#222',
          'text-valign': 'bottom', 'text-margin-y': 4,
          'text-wrap': 'wrap', 'text-max-width': 140,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
          'text-background-padding': 1
        }},
        {selector: 'node[id = "' + (focus || '').replace(/"/g, '') + '"]', style: {
          'border-width': 4, 'border-color': '#f2b705', 'width': 36, 'height': 36, 'font-weight': 'bold'
        }},
        {selector: 'edge', style: {
          'label': 'data(label)',
          'width': 1.5,
          'line-color': '#9aa9bd',
          'target-arrow-color': '#9aa9bd',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'font-size': small ? 7 : 9,
          'color': '#555',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
          'text-background-padding': 1
        }},
        {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#111'}},
        {selector: '.faded', style: {'opacity': 0.25}}
      ],
      layout: {name: 'cose', animate: false, padding: 20, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return small ? 60 : 90; }, randomize: false}
    });

    // Tap (mouse click or touch) opens the record's page.
    cy.on('tap', 'node', function (event) {
      var path = event.target.data('path');
      if (path) { window.location.assign(path); }
    });
    // Hovering a node highlights its neighbourhood.
    cy.on('mouseover', 'node', function (event) {
      var keep = event.target.closedNeighborhood();
      cy.elements().not(keep).addClass('faded');
    });
    cy.on('mouseout', 'node', function () {
      cy.elements().removeClass('faded');
    });

    var done = false;
    function ready() {
      if (done) { return; }
      done = true;
      if (focus && cy.getElementById(focus).nonempty()) {
        cy.fit(cy.getElementById(focus).closedNeighborhood(), 40);
      }
      finish(container, cy.nodes().length, null);
    }
    cy.one('render', ready);
    cy.ready(function () { window.requestAnimationFrame(ready); });
    window.intercluster = window.intercluster || {};
    window.intercluster.graph = cy;
  }

  function start() {
    var container = document.getElementById('graph');
    if (!container) { return; }
    paintLegend();
    if (typeof cytoscape !== 'function') {
      finish(container, 0, container.getAttribute('data-error'), 'error');
      return;
    }
    fetch(container.getAttribute('data-source'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (elements) { draw(container, elements); })
      .catch(function (error) {
        container.setAttribute('data-error-detail', String(error));
        finish(container, 0, container.getAttribute('data-error'), 'error');
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
