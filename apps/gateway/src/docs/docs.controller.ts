/**
 * `GET /api/docs`: the OpenAPI document (docs/openapi.yaml) as a readable page, and the document itself
 * as YAML and JSON. The page is rendered here, so no browser bundle (and no install-time download) is needed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Controller, Get, Header } from '@nestjs/common';
import { parse as parseYaml } from 'yaml';

const OPENAPI_FILE = fileURLToPath(new URL('../../../../../docs/openapi.yaml', import.meta.url));

interface Operation {
  summary?: string;
  description?: string;
  responses?: Record<string, { description?: string; $ref?: string }>;
}
interface OpenApi {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

@Controller('api/docs')
export class DocsController {
  private readonly yaml = readFileSync(OPENAPI_FILE, 'utf8');
  private readonly document = parseYaml(this.yaml) as OpenApi;
  private readonly html = renderPage(this.document);

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return this.html;
  }

  @Get('openapi.yaml')
  @Header('content-type', 'application/yaml; charset=utf-8')
  asYaml(): string {
    return this.yaml;
  }

  @Get('openapi.json')
  asJson(): OpenApi {
    return this.document;
  }
}

function renderPage(document: OpenApi): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const responses = Object.entries(operation.responses ?? {})
        .map(
          ([code, response]) =>
            `<li><code>${code}</code> ${escape(response.description ?? (response.$ref ? 'problem document' : ''))}</li>`,
        )
        .join('');
      return `<section><h2><code>${method.toUpperCase()} ${escape(path)}</code></h2><p>${escape(operation.summary ?? '')}</p>${
        operation.description ? `<p>${escape(operation.description)}</p>` : ''
      }<ul>${responses}</ul></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(document.info.title)} API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}section{border-top:1px solid #ccc}code{background:#f3f3f3;padding:0 .2em}</style></head>
<body><h1>${escape(document.info.title)} <small>${escape(document.info.version)}</small></h1><p>${escape(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/docs/openapi.yaml">openapi.yaml</a>, <a href="/api/docs/openapi.json">openapi.json</a>. Events: docs/asyncapi.yaml.</p>
${operations.join('\n')}</body></html>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
