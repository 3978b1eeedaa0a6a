import fs from "node:fs";
import path from "node:path";

// The README's "Where each URL lives" table, computed from the route modules and their imports.
// tests/unit/readme-layout.test.ts compares it with the README; `node --import tsx tests/support/url-table.ts`
// prints it for pasting after a route is added or moved.

const appDir = path.resolve(import.meta.dirname, "../../app");
const routesDir = path.join(appDir, "routes");
/** The server modules a row names: data access and the rules behind a page, not small pure helpers. */
const NAMED = /^(models|search|notifications|mail|privacy|render-cache|live)\/|^auth\/permissions\.ts$/;
const SMALL_HELPERS = new Set(["models/thread-path.ts", "models/pagination.ts", "models/slug.ts"]);

/** A Remix v2 flat-routes file name as its URL. */
export function urlOf(routeName: string): string {
  if (routeName === "$") return "(any unknown path)";
  if (routeName === "admin") return "/admin/* (layout, ErrorBoundary)";
  if (routeName === "_index") return "/";
  const segments = routeName
    .replace(/\[\.\]/g, "\u0000")
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) =>
      segment
        .replace(/_$/, "")
        .replace(/^\$(.+)$/, ":$1")
        .replace(/\u0000/g, "."),
    );
  return `/${segments.join("/")}`;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)[^;]*?from "(\.[^"]+)";/gms)) {
    const target = path.resolve(path.dirname(file), match[1] ?? "");
    for (const candidate of [target, `${target}.ts`, `${target}.tsx`, path.join(target, "index.ts")]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
        found.push(path.relative(appDir, candidate));
        break;
      }
    }
  }
  return found;
}

export interface UrlRow {
  url: string;
  modules: string[];
  calls: string[];
}

export function urlRows(): UrlRow[] {
  const rows: UrlRow[] = [];
  for (const entry of fs.readdirSync(routesDir, { withFileTypes: true })) {
    const modules = entry.isDirectory()
      ? fs
          .readdirSync(path.join(routesDir, entry.name))
          .filter((name) => /\.tsx?$/.test(name))
          .map((name) => `${entry.name}/${name}`)
      : [entry.name];
    const routeName = entry.isDirectory() ? entry.name : entry.name.replace(/\.tsx?$/, "");
    const calls = new Set<string>();
    for (const module of modules)
      for (const imported of importsOf(path.join(routesDir, module)))
        if (NAMED.test(imported) && !SMALL_HELPERS.has(imported)) calls.add(imported);
    rows.push({ url: urlOf(routeName), modules: modules.sort(), calls: [...calls].sort() });
  }
  return rows.sort((a, b) => a.url.localeCompare(b.url));
}

export function urlTableMarkdown(): string {
  const lines = [
    "| URL | Route module(s) in `app/routes/` | Server modules it calls (under `app/`) |",
    "| --- | --- | --- |",
  ];
  for (const row of urlRows()) {
    const calls = row.calls.length > 0 ? row.calls.map((c) => `\`${c}\``).join(", ") : "–";
    lines.push(`| \`${row.url}\` | ${row.modules.map((m) => `\`${m}\``).join(", ")} | ${calls} |`);
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(urlTableMarkdown());
}
