// Sets up Swagger UI for the Crego stub. The stub fills in the two values below when it serves
// this file; the rest is plain Swagger UI configuration.
window.onload = function () {
  var specUrl = {{specUrl}};
  // The dev token when the stub was asked to pre-fill it, else null.
  var devToken = {{devToken}};

  // "Try it out" must call the stub that serves this page, on whatever host and port it runs, so
  // the page's own origin goes first in the spec's servers (and is therefore selected). The
  // servers the contract declares stay listed after it.
  function thisStubFirst() {
    return {
      statePlugins: {
        spec: {
          wrapActions: {
            updateJsonSpec: function (original) {
              return function (json) {
                var here = window.location.origin;
                var declared = (json && json.servers) || [];
                var servers = [{ url: here, description: "This stub (the page's own origin)" }]
                  .concat(declared.filter(function (server) { return server.url !== here; }));
                return original(Object.assign({}, json, { servers: servers }));
              };
            }
          }
        }
      }
    };
  }

  // Pre-fills every bearer scheme the spec declares, unless the browser already remembers an
  // authorisation (persistAuthorization), so a token a developer typed is not overwritten.
  function authorizeWithDevToken(ui) {
    if (!devToken || ui.authSelectors.authorized().size > 0) {
      return;
    }
    var schemes = ui.specSelectors.securityDefinitions();
    if (!schemes) {
      return;
    }
    schemes.forEach(function (scheme, name) {
      if (scheme.get("type") === "http" && scheme.get("scheme") === "bearer") {
        ui.preauthorizeApiKey(name, devToken);
      }
    });
  }

  window.ui = SwaggerUIBundle({
    url: specUrl,
    dom_id: "#swagger-ui",
    // BaseLayout: no top bar for loading other specs; this page is about this stub's contract.
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [thisStubFirst],
    deepLinking: true,
    // The stub's log names each call's operationId; showing it here links the two.
    displayOperationId: true,
    displayRequestDuration: true,
    filter: true,
    persistAuthorization: true,
    // Never ask an online validator about the spec: the page must work with no network.
    validatorUrl: null,
    onComplete: function () {
      authorizeWithDevToken(window.ui);
    }
  });
};
