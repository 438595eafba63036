import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Router } from "express";
import { methodNotAllowed } from "../problem.js";

/** swagger-ui-dist's folder: the interactive docs come from this npm package, never from a CDN. */
const SWAGGER_UI = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
/** The files /docs loads, and nothing else of the package. */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "swagger-ui.css",
  "swagger-ui-bundle.js": "swagger-ui-bundle.js",
  "favicon.png": "favicon-32x32.png",
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Chancery API</title>
  <link rel="icon" type="image/png" href="/docs/assets/favicon.png">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;
// A file rather than an inline script, so the Content-Security-Policy can stay at script-src 'self'.
const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null, deepLinking: true, tryItOutEnabled: true });\n`;

/** `GET /openapi.json` (the document, built once) and `GET /docs`: Swagger UI over it, every file served from here. */
export function docsRoutes(document: object): Router {
  const router = Router();
  const body = JSON.stringify(document);
  router
    .route("/openapi.json")
    .get((_req, res) => {
      res.type("application/json").send(body);
    })
    .all(methodNotAllowed("GET"));
  router
    .route("/docs")
    .get((_req, res) => {
      res.type("html").send(PAGE);
    })
    .all(methodNotAllowed("GET"));
  router.get("/docs/init.js", (_req, res) => {
    res.type("text/javascript").send(INIT);
  });
  router.get("/docs/assets/:name", (req, res, next) => {
    const name = String(req.params.name);
    if (!Object.hasOwn(ASSETS, name)) return next();
    res.sendFile(join(SWAGGER_UI, ASSETS[name]!), { maxAge: "1d" });
  });
  return router;
}
