import { createApp } from "./app.js";

// Reads the environment and listens; everything else is createApp's.
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`chancery api: PORT must be a port number (received ${JSON.stringify(process.env.PORT)})`);
  process.exit(2);
}
const server = createApp().listen(port, process.env.HOST ?? "0.0.0.0", () => {
  console.error(`chancery api listening on http://${process.env.HOST ?? "localhost"}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close(() => process.exit(0)));
