/**
 * Raw document → title and heading-delimited sections. Markdown is rendered to HTML by `marked`
 * and walked like HTML (node-html-parser), so both keep the same heading paths; plain text is
 * paragraphs under its first line when that line reads as a title. Bad input is refused with the
 * reason (binary, broken HTML, empty) before anything is stored.
 */
import { marked } from 'marked';
import { HTMLElement, type Node, parse as parseHtml, TextNode, valid } from 'node-html-parser';
import { KnowledgeError } from './errors.ts';
import type { DocumentFormat, ParsedDocument, Section } from './model.ts';

/** Bytes → text, refusing what is not UTF-8 text (images, PDFs, archives). */
export function decodeText(content: string | Uint8Array, source: string): string {
  if (typeof content !== 'string') {
    if (content.includes(0)) throw binary(source);
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw binary(source);
    }
  }
  // A NUL or many control characters in decoded text: a binary file read as a string.
  let controls = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0) throw binary(source);
    if (c < 9 || (c > 13 && c < 32)) controls++;
  }
  if (controls > Math.max(8, content.length / 100)) throw binary(source);
  return content.replace(/^\uFEFF/, '');
}

const binary = (source: string) =>
  new KnowledgeError(
    'binary',
    `"${source}" is not a text document (binary or not UTF-8): import Markdown, HTML or plain text`,
  );

export function parseDocument(text: string, format: DocumentFormat, source: string): ParsedDocument {
  const parsed =
    format === 'text'
      ? parseText(text, source)
      : parseHtmlDocument(format === 'markdown' ? (marked.parse(text, { async: false }) as string) : text, {
          source,
          checkHtml: format === 'html',
        });
  const sections = parsed.sections.filter((s) => s.text.trim().length > 0);
  if (sections.length === 0)
    throw new KnowledgeError('empty', `"${source}" has no text to answer from (empty or only headings)`);
  return { title: parsed.title, sections };
}

const HEADING = /^h([1-6])$/;
/** Elements whose text is not content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe']);
/** Elements that end a line of text (so words of two paragraphs never run together). */
const BLOCK =
  /^(p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|section|article|main|header|footer|aside|blockquote|pre|br|hr|figure|figcaption|details|summary)$/;

function parseHtmlDocument(html: string, o: { source: string; checkHtml: boolean }): ParsedDocument {
  if (o.checkHtml && !valid(html))
    throw new KnowledgeError(
      'broken_html',
      `"${o.source}" is broken HTML (an unclosed or mismatched tag): fix the markup or import it as text`,
    );
  const root = parseHtml(html.replace(/<!doctype[^>]*>/i, ''), { comment: false });
  const headTitle = root.querySelector('title')?.textContent.trim();
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = () => {
    const l = line.replace(/\s+/g, ' ').trim();
    if (l) lines.push(l);
    line = '';
  };
  const flush = () => {
    endLine();
    if (lines.length > 0) sections.push({ headings: stack.map((h) => h.text), text: lines.join('\n') });
    lines = [];
  };
  const walk = (node: Node) => {
    if (node instanceof TextNode) {
      line += node.text;
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    const h = HEADING.exec(tag);
    if (h) {
      flush();
      const level = Number(h[1]);
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text) stack.push({ level, text });
      return;
    }
    const block = BLOCK.test(tag);
    if (block) endLine();
    for (const child of node.childNodes) walk(child);
    if (block) endLine();
  };
  walk(root);
  flush();
  const title = headTitle || sections.find((s) => s.headings.length > 0)?.headings[0] || nameOf(o.source);
  // The title heading says nothing a chunk's own headings do not: paths start below it.
  for (const s of sections) if (s.headings[0] === title && s.headings.length > 1) s.headings.shift();
  return { title, sections };
}

function parseText(text: string, source: string): ParsedDocument {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs[0];
  // A short first line without a full stop reads as the document's title.
  const titled = first !== undefined && paragraphs.length > 1 && first.length <= 80 && !/[.!?]$/.test(first);
  const title = titled ? first : nameOf(source);
  const body = titled ? paragraphs.slice(1) : paragraphs;
  return { title, sections: body.length > 0 ? [{ headings: [], text: body.join('\n') }] : [] };
}

/** "docs/returns-policy.md" → "returns policy". */
function nameOf(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return (
    base
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/[-_]+/g, ' ')
      .trim() || source
  );
}

/** The format a file name implies, or undefined. */
export function formatOfFile(name: string): DocumentFormat | undefined {
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.(html?|xhtml)$/i.test(name)) return 'html';
  if (/\.(txt|text)$/i.test(name)) return 'text';
  return undefined;
}
