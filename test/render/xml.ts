import { spawnSync } from 'node:child_process';
import { create } from 'xmlbuilder2';

/** True when Debian's xmllint (libxml2-utils) is installed; CI installs it. */
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/**
 * xmllint's verdict on a document: `--noout` exits 0 even on namespace
 * errors, so the check is an empty stderr.
 */
export function xmllint(xml: string): { status: number | null; stderr: string } {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

/** A namespace-aware parse (throws on malformed XML), as a DOM document. */
export function parseXml(xml: string): Document {
  return create(xml).node as unknown as Document;
}

/** Elements by namespace URI and local name, in document order. */
export function elements(doc: Document | Element, ns: string | null, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local));
}
