/**
 * The one place that knows how the tree is built. Everything else asks for spans (0-based
 * offsets into the source), so the parser can change without touching rules.
 *
 * The tree is the one browsers build (the WHATWG tree construction: implied `<html>`, `<head>`,
 * `<body>` and `<tbody>`, `</p>` implied before blocks, foster parenting out of tables, the
 * adoption agency for misnested formatting, template contents, foreign content), with scripting
 * on, so `<noscript>` holds raw text. It is built by parse5's tree builder, but fed by
 * htmlparser2's tokenizer, which is several times faster than parse5's own and reports offsets
 * instead of allocating a location object per token and attribute. The few places where
 * htmlparser2's tokenizer does not follow the HTML standard are corrected below; the rare input
 * it cannot tokenize exactly (NUL characters, `<plaintext>`, `<frameset>`, a `<script>` whose
 * text opens an HTML comment and then a `<script`, `--!>`, an entity in a `<textarea>`, an
 * end tag with quoted attributes) is parsed again by parse5 alone, which gives the same tree.
 * `tests/page/parse.test.ts` compares both on the examples, the corpus and tricky snippets.
 */
import { Tokenizer } from "htmlparser2";
import { Comment, Document, Element, ProcessingInstruction, Text, type AnyNode, type ParentNode } from "domhandler";
import { html, parse as parse5Parse, Token, TokenizerMode } from "parse5";

/** A half-open span `[start, end)` of offsets into the page source. */
export interface Span {
  start: number;
  end: number;
}

/**
 * An element of the page's tree: domhandler's, plus where its start tag ends. `startIndex` and
 * `endIndex` are offsets into the source, end exclusive (as parse5 counts), or null for
 * elements the parser invented (`<html>`, `<body>`, `<tbody>` when absent).
 */
export class PageElement extends Element {
  /** Offset just past the start tag's `>`, or -1 for an invented element. */
  startTagEnd = -1;
  /** Closed by its own end tag (parse5 asks, for `<html>` and `<body>`). */
  endTag = false;
}

// Most elements are HTML's: their namespace is the prototype's, not a field of each.
(PageElement.prototype as { namespace?: string }).namespace = "http://www.w3.org/1999/xhtml";

/**
 * Parse a page as a browser does, keeping source offsets on every node.
 * @example parseDocument("<p>hi</p>").children[0].name // "html"
 */
export function parseDocument(source: string): Document {
  if (source.includes("\0")) return parseWithParse5(source);
  try {
    return new TreeBuilder(source, 0, false).run();
  } catch (error) {
    if (error === FALLBACK) return parseWithParse5(source);
    throw error;
  }
}

/**
 * Parse `source[start, end)` (the raw text of a `<noscript>`, which a browser with scripts does
 * not parse) as a fragment, as a browser would with scripts off, offsets indexing `source`.
 * @example parseFragmentAt(page, 120, 140).children[0].name // "img"
 */
export function parseFragmentAt(source: string, start: number, end: number, host?: Element): Document {
  const fragment = parseFragment(source, start, end);
  if (host) fragmentHosts.set(fragment, host);
  return fragment;
}

const fragmentHosts = new WeakMap<Document, Element>();

/** The element (a `<noscript>`) whose raw text a fragment was parsed from, if one was given. */
export function fragmentHost(fragment: AnyNode): Element | undefined {
  return fragmentHosts.get(fragment as Document);
}

function parseFragment(source: string, start: number, end: number): Document {
  const html = source.slice(start, end);
  if (!html.includes("\0")) {
    try {
      return new TreeBuilder(html, start, true).run();
    } catch (error) {
      if (error !== FALLBACK) throw error;
    }
  }
  const parser = ParserClass.getFragmentParser(null, PARSE5_OPTIONS);
  parser.tokenizer.write(html, true);
  const fragment = parser.getFragment() as Document;
  shiftOffsets(fragment, start);
  return fragment;
}

function parseWithParse5(source: string): Document {
  return parse5Parse(source, PARSE5_OPTIONS as never) as unknown as Document;
}

function shiftOffsets(node: AnyNode, by: number): void {
  if (node.startIndex !== null) node.startIndex += by;
  if (node.endIndex !== null) node.endIndex += by;
  if (node instanceof PageElement && node.startTagEnd >= 0) node.startTagEnd += by;
  if ("children" in node) for (const child of node.children) shiftOffsets(child, by);
}

/**
 * The node's whole span, or `null` for nodes the parser invented (`<html>` when absent, ...).
 * @example nodeSpan(p) // { start: 0, end: 9 }
 */
export function nodeSpan(node: AnyNode): Span | null {
  return node.startIndex === null || node.endIndex === null ? null : { start: node.startIndex, end: node.endIndex };
}

/**
 * The span of an element's start tag, falling back to the whole node.
 * @example startTagSpan(p) // { start: 0, end: 3 }
 */
export function startTagSpan(node: Element): Span | null {
  const end = (node as PageElement).startTagEnd;
  return end >= 0 && node.startIndex !== null ? { start: node.startIndex, end } : nodeSpan(node);
}

/**
 * The span of one attribute (`name="value"`) in the element's start tag, or `null` when the
 * source has no such attribute. Read from the source on demand, as the tokenizer reads it
 * (names lower-cased, the first of duplicates wins, quotes included).
 * @example attributeSpan(img, "src") // span of `src="a.png"`
 */
export function attributeSpan(node: Element, name: string, source: string): Span | null {
  const end = (node as PageElement).startTagEnd;
  const start = node.startIndex;
  if (end < 0 || start === null) return null;
  let i = start + 1;
  while (i < end && !isSpace(source.charCodeAt(i)) && source.charCodeAt(i) !== SLASH && source.charCodeAt(i) !== GT) i++;
  while (i < end) {
    let c = source.charCodeAt(i);
    if (isSpace(c) || c === SLASH) {
      i++;
      continue;
    }
    if (c === GT) break;
    const nameStart = i;
    i++; // the first character may be "=" (a parse error the tokenizer keeps in the name)
    while (i < end && (c = source.charCodeAt(i)) !== EQ && !isSpace(c) && c !== SLASH && c !== GT) i++;
    const attr = asciiLower(source.slice(nameStart, i));
    let valueEnd = i;
    let j = i;
    while (j < end && isSpace(source.charCodeAt(j))) j++;
    if (source.charCodeAt(j) === EQ) {
      j++;
      while (j < end && isSpace(source.charCodeAt(j))) j++;
      const quote = source.charCodeAt(j);
      if (quote === DQ || quote === SQ) {
        const close = source.indexOf(quote === DQ ? '"' : "'", j + 1);
        j = close < 0 || close >= end ? end : close + 1;
        valueEnd = j;
      } else {
        const valueStart = j;
        while (j < end && !isSpace(source.charCodeAt(j)) && source.charCodeAt(j) !== GT) j++;
        if (j > valueStart) valueEnd = j; // `href=>`: the span is the name alone
      }
      i = j;
    }
    if (attr === name) return { start: nameStart, end: valueEnd };
  }
  return null;
}

const SLASH = 0x2f;
const GT = 0x3e;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// parse5's tree builder, building domhandler nodes that carry offsets instead of locations.

interface Attr {
  name: string;
  value: string;
  namespace?: string;
  prefix?: string;
}
interface Location {
  startOffset: number;
  endOffset: number;
  startTag?: Location;
  endTag?: unknown;
}

type Located = AnyNode & { sourceCodeLocation?: unknown };

const adapter = {
  isCommentNode: (node: AnyNode) => node.type === "comment",
  isElementNode: (node: AnyNode) => node instanceof Element,
  isTextNode: (node: AnyNode) => node.type === "text",
  createDocument(): Document {
    const node = new Document([]);
    (node as unknown as Record<string, unknown>)["x-mode"] = html.DOCUMENT_MODE.NO_QUIRKS;
    return node;
  },
  createDocumentFragment: (): Document => new Document([]),
  createElement(tagName: string, namespaceURI: string, attrs: Attr[]): PageElement {
    const attribs = new Attributes();
    const node = new PageElement(tagName, attribs, []);
    if (namespaceURI === NS_HTML) {
      for (let i = 0; i < attrs.length; i++) attribs[attrs[i]!.name] = attrs[i]!.value;
    } else {
      const namespaces: Record<string, string> = Object.create(null);
      const prefixes: Record<string, string> = Object.create(null);
      for (const attr of attrs) {
        attribs[attr.name] = attr.value;
        namespaces[attr.name] = attr.namespace as string;
        prefixes[attr.name] = attr.prefix as string;
      }
      node.namespace = namespaceURI;
      node["x-attribsNamespace"] = namespaces;
      node["x-attribsPrefix"] = prefixes;
    }
    return node;
  },
  createCommentNode: (data: string) => new Comment(data),
  createTextNode: (value: string) => new Text(value),
  appendChild(parent: ParentNode, node: AnyNode): void {
    const prev = parent.children[parent.children.length - 1];
    if (prev) {
      prev.next = node;
      node.prev = prev;
    }
    parent.children.push(node);
    node.parent = parent;
  },
  insertBefore(parent: ParentNode, node: AnyNode, reference: AnyNode): void {
    const index = parent.children.indexOf(reference);
    const { prev } = reference;
    if (prev) {
      prev.next = node;
      node.prev = prev;
    }
    reference.prev = node;
    node.next = reference;
    parent.children.splice(index, 0, node);
    node.parent = parent;
  },
  setTemplateContent(template: Element, content: Document): void {
    adapter.appendChild(template, content);
  },
  getTemplateContent: (template: Element) => template.children[0],
  setDocumentType(document: Document, name: string, publicId: string, systemId: string): void {
    const data = doctypeData(name, publicId, systemId);
    let node = document.children.find((n): n is ProcessingInstruction => n.type === "directive" && n.name === "!doctype");
    if (node) node.data = data;
    else {
      node = new ProcessingInstruction("!doctype", data);
      adapter.appendChild(document, node);
    }
    const record = node as unknown as Record<string, string>;
    record["x-name"] = name;
    record["x-publicId"] = publicId;
    record["x-systemId"] = systemId;
  },
  setDocumentMode(document: Document, mode: string): void {
    (document as unknown as Record<string, unknown>)["x-mode"] = mode;
  },
  getDocumentMode: (document: Document) => (document as unknown as Record<string, unknown>)["x-mode"],
  detachNode(node: AnyNode): void {
    const parent = node.parent;
    if (!parent) return;
    const index = parent.children.indexOf(node);
    const { prev, next } = node;
    node.prev = null;
    node.next = null;
    if (prev) prev.next = next;
    if (next) next.prev = prev;
    parent.children.splice(index, 1);
    node.parent = null;
  },
  insertText(parent: ParentNode, text: string): void {
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === "text") (last as Text).data += text;
    else adapter.appendChild(parent, new Text(text));
  },
  insertTextBefore(parent: ParentNode, text: string, reference: AnyNode): void {
    const prev = parent.children[parent.children.indexOf(reference) - 1];
    if (prev && prev.type === "text") (prev as Text).data += text;
    else adapter.insertBefore(parent, new Text(text), reference);
  },
  adoptAttributes(recipient: Element, attrs: Attr[]): void {
    for (const attr of attrs) {
      if (recipient.attribs[attr.name] !== undefined) continue;
      recipient.attribs[attr.name] = attr.value;
      if (recipient["x-attribsNamespace"]) recipient["x-attribsNamespace"][attr.name] = attr.namespace as string;
      if (recipient["x-attribsPrefix"]) recipient["x-attribsPrefix"][attr.name] = attr.prefix as string;
    }
  },
  getFirstChild: (node: ParentNode) => node.children[0],
  getChildNodes: (node: ParentNode) => node.children,
  getParentNode: (node: AnyNode) => node.parent,
  getAttrList(element: Element): Attr[] {
    const list: Attr[] = [];
    for (const name in element.attribs) {
      list.push({ name, value: element.attribs[name]!, namespace: element["x-attribsNamespace"]?.[name], prefix: element["x-attribsPrefix"]?.[name] });
    }
    return list;
  },
  getTagName: (element: Element) => element.name,
  getNamespaceURI: (element: Element) => element.namespace,
  getTextNodeContent: (node: Text) => node.data,
  getCommentNodeContent: (node: Comment) => node.data,
  getDocumentTypeNodeName: (node: AnyNode) => (node as unknown as Record<string, string>)["x-name"] ?? "",
  getDocumentTypeNodePublicId: (node: AnyNode) => (node as unknown as Record<string, string>)["x-publicId"] ?? "",
  getDocumentTypeNodeSystemId: (node: AnyNode) => (node as unknown as Record<string, string>)["x-systemId"] ?? "",
  isDocumentTypeNode: (node: AnyNode) => node.type === "directive" && (node as ProcessingInstruction).name === "!doctype",
  // Locations: offsets only. parse5 asks back whether a node has a location (and, for <html>
  // and <body>, whether an end tag closed it): the node itself answers.
  setNodeSourceCodeLocation(node: AnyNode, location: Location | null): void {
    if (!location) return;
    node.startIndex = location.startOffset;
    node.endIndex = location.endOffset;
    if (location.startTag && node instanceof PageElement) node.startTagEnd = location.startTag.endOffset;
  },
  getNodeSourceCodeLocation: (node: AnyNode) => (node.startIndex === null ? null : (node as Located)),
  updateNodeSourceCodeLocation(node: AnyNode, end: { endOffset?: number; endTag?: unknown }): void {
    if (end.endOffset !== undefined && end.endOffset !== null) node.endIndex = end.endOffset;
    if (end.endTag && node instanceof PageElement) node.endTag = true;
  },
};

const NS_HTML = "http://www.w3.org/1999/xhtml";

/**
 * An element's attributes: a dictionary with nothing inherited (as `Object.create(null)`, so
 * `attribs.constructor` is no attribute), built faster and kept smaller than one.
 */
const Attributes = function (this: Record<string, string>) {} as unknown as { new (): Record<string, string> };
Attributes.prototype = Object.create(null);
const PARSE5_OPTIONS = { treeAdapter: adapter, sourceCodeLocationInfo: true, scriptingEnabled: true };

function doctypeData(name: string, publicId: string, systemId: string): string {
  const quote = (id: string) => (id.includes('"') ? `'${id}'` : `"${id}"`);
  let data = "!DOCTYPE ";
  if (name) data += name;
  if (publicId) data += ` PUBLIC ${quote(publicId)}`;
  else if (systemId) data += " SYSTEM";
  if (systemId) data += ` ${quote(systemId)}`;
  return data;
}

/** What this module uses of parse5's (unexported) Parser class. */
interface Parse5Parser {
  tokenizer: unknown;
  insertionMode: number;
  skipNextNewLine: boolean;
  document: Document;
  currentNotInHTML: boolean;
  openElements: { currentTmplContentOrNode: ParentNode | undefined };
  onStartTag(token: unknown): void;
  onEndTag(token: unknown): void;
  onCharacter(token: unknown): void;
  onWhitespaceCharacter(token: unknown): void;
  onComment(token: unknown): void;
  onDoctype(token: unknown): void;
  onEof(token: unknown): void;
  getFragment(): unknown;
  _shouldFosterParentOnInsertion(): boolean;
  _fosterParentElement(element: AnyNode): void;
  _findFosterParentingLocation(): { parent: ParentNode; beforeElement: AnyNode | null };
  _isIntegrationPoint(tid: number, element: Element): boolean;
}
interface Parse5ParserClass {
  new (options: object, document?: unknown, fragmentContext?: unknown): Parse5Parser;
  getFragmentParser(context: null, options: object): Parse5Parser & { tokenizer: { write(html: string, last: boolean): void } };
}

/** parse5 exports its tree builder only through `parse`: it is the `this` of parse-error callbacks. */
const ParserClass: Parse5ParserClass = (() => {
  let found: Parse5ParserClass | undefined;
  parse5Parse("<p>", {
    onParseError(this: unknown) {
      found ??= (this as { constructor: Parse5ParserClass }).constructor;
    },
  });
  if (typeof found?.getFragmentParser !== "function" || typeof found.prototype._attachElementToTree !== "function") {
    throw new Error("republint: parse5's Parser class not found (parse5 changed?)");
  }
  return found;
})();

interface Offsets {
  startOffset: number;
  endOffset: number;
}
interface TokenWithOffsets {
  type: number;
  tagName?: string;
  chars?: string;
  location: Offsets | null;
}

/**
 * parse5's tree builder with its location bookkeeping done in place: offsets straight onto the
 * nodes, none of the location objects parse5 copies per element. Same decisions, fewer
 * allocations (the methods replaced are parse5's own, minus the copies).
 */
class FastParser extends ParserClass {
  _attachElementToTree(this: Parse5Parser, element: PageElement, location: Offsets | null): void {
    if (location) {
      element.startIndex = location.startOffset;
      element.endIndex = element.startTagEnd = location.endOffset;
    }
    if (this._shouldFosterParentOnInsertion()) this._fosterParentElement(element);
    else adapter.appendChild(this.openElements.currentTmplContentOrNode ?? this.document, element);
  }

  _setEndLocation(element: PageElement, closingToken: TokenWithOffsets | null): void {
    if (element.startIndex === null || !closingToken?.location) return;
    const location = closingToken.location;
    if (closingToken.type === TokenType.END_TAG && element.name === closingToken.tagName) {
      element.endIndex = location.endOffset;
      element.endTag = true;
    } else element.endIndex = location.startOffset;
  }

  _insertCharacters(this: Parse5Parser, token: TokenWithOffsets): void {
    const chars = token.chars!;
    let parent: ParentNode;
    let before: AnyNode | null = null;
    if (this._shouldFosterParentOnInsertion()) ({ parent, beforeElement: before } = this._findFosterParentingLocation());
    else parent = this.openElements.currentTmplContentOrNode!;
    const children = parent.children;
    let text: AnyNode | undefined = before ? children[children.indexOf(before) - 1] : children[children.length - 1];
    if (text && text.type === "text") (text as Text).data += chars;
    else {
      text = new Text(chars);
      if (before) adapter.insertBefore(parent, text, before);
      else adapter.appendChild(parent, text);
    }
    const location = token.location;
    if (!location) return;
    if (text.startIndex === null) text.startIndex = location.startOffset;
    text.endIndex = location.endOffset;
  }

  _setContextModes(this: Parse5Parser & { tokenizer: TokenizerShim }, current: Element | Document | undefined, tid: number | undefined): void {
    const isHTML = current === this.document || (current !== undefined && (current as Element).namespace === NS_HTML);
    this.currentNotInHTML = !isHTML;
    this.tokenizer.inForeignNode = !isHTML && current !== undefined && tid !== undefined && !this._isIntegrationPoint(tid, current as Element);
  }
}

/** The tokenizer parse5's tree builder steers: raw text modes, and whether CDATA is allowed. */
class TokenizerShim {
  inForeignNode = false;
  constructor(private readonly builder: TreeBuilder | null) {}
  set state(mode: number) {
    this.builder?.switchTo(mode);
  }
}

// ---------------------------------------------------------------------------------------------
// htmlparser2's tokenizer, corrected where it departs from the HTML standard.

/** htmlparser2's tokenizer states (its `State` enum, not exported). */
const enum State {
  Text = 1,
  InTagName = 3,
  BeforeAttributeName = 8,
  InDeclaration = 16,
  BeforeComment = 18,
  CDATASequence = 19,
  InSpecialComment = 20,
  BeforeSpecialS = 22,
  SpecialStartSequence = 24,
  InSpecialTag = 25,
}

/** The tokenizer's internals this module steers (all private in htmlparser2's typings). */
interface TokenizerInternals {
  state: number;
  index: number;
  sectionStart: number;
  sequenceIndex: number;
  isSpecial: boolean;
  currentSequence: Uint8Array;
  entityStart: number;
  /** Ours: the tree builder's view of the tokenizer (in foreign content, `<![CDATA[` opens a CDATA section). */
  shim: TokenizerShim;
  cbs: { onselfclosingtag(index: number): void };
  stateBeforeAttributeName(c: number): void;
  stateInDeclaration(c: number): void;
}

class Html5Tokenizer extends Tokenizer {}
const base = Tokenizer.prototype as unknown as Record<string, (this: TokenizerInternals, c: number) => void>;
const patched = Html5Tokenizer.prototype as unknown as Record<string, (this: TokenizerInternals, c: number) => void>;
// `<script/>` is still a script (the slash is ignored): stay in raw text if the tree builder
// asked for it. `<g / >` is not self-closing: a lone slash is skipped like white space.
patched.stateInSelfClosingTag = function (c) {
  if (c === GT) {
    this.cbs.onselfclosingtag(this.index);
    this.sectionStart = this.index + 1;
    if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else this.state = State.Text;
  } else {
    this.state = State.BeforeAttributeName;
    this.stateBeforeAttributeName(c);
  }
};
// `</ x>` is a bogus comment, not an end tag; `</>` is dropped, not kept as text.
const beforeClosingTagName = base.stateBeforeClosingTagName!;
patched.stateBeforeClosingTagName = function (c) {
  if (isSpace(c)) {
    this.state = State.InSpecialComment;
    this.sectionStart = this.index;
  } else if (c === GT) {
    this.state = State.Text;
    this.sectionStart = this.index + 1;
  } else beforeClosingTagName.call(this, c);
};
// `<!>` and `<!->` are bogus comments ending at that `>`, not at the next one.
const beforeDeclaration = base.stateBeforeDeclaration!;
patched.stateBeforeDeclaration = function (c) {
  if (c === 0x5b || c === 0x2d) beforeDeclaration.call(this, c);
  else {
    this.state = State.InDeclaration;
    this.stateInDeclaration(c);
  }
};
const beforeComment = base.stateBeforeComment!;
patched.stateBeforeComment = function (c) {
  if (c === 0x2d) beforeComment.call(this, c);
  else {
    this.state = State.InDeclaration;
    this.stateInDeclaration(c);
  }
};
// `<![CDATA[` is a CDATA section only in SVG and MathML; elsewhere a bogus comment.
const cdataSequence = base.stateCDATASequence!;
patched.stateCDATASequence = function (c) {
  if (!this.shim.inForeignNode && this.sequenceIndex === 5 && c === 0x5b) {
    this.sequenceIndex = 0;
    this.state = State.InDeclaration;
  } else cdataSequence.call(this, c);
};

// A tag cut by the end of the input is dropped, even one htmlparser2 was checking for `<script`.
const handleTrailingData = base.handleTrailingData!;
patched.handleTrailingData = function (c) {
  if (this.state >= State.BeforeSpecialS && this.state <= State.SpecialStartSequence) this.state = State.InTagName;
  handleTrailingData.call(this, c);
};

/** htmlparser2's `</title` sequence: the one in which it decodes entities (RCDATA). */
const TITLE_END: Uint8Array = (() => {
  let sequence: Uint8Array | undefined;
  const noop = () => {};
  const probe: Tokenizer = new Tokenizer({}, {
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
    oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onprocessinginstruction: noop,
    onselfclosingtag: noop, ontext: noop, ontextentity: noop,
    onopentagname: () => void (sequence = (probe as unknown as TokenizerInternals).currentSequence),
  });
  probe.write("<title>");
  if (!(sequence instanceof Uint8Array) || String.fromCharCode(...sequence) !== "</title") throw new Error("republint: htmlparser2's tokenizer changed");
  return sequence;
})();

const endSequences = new Map<string, Uint8Array>();
function endSequence(name: string): Uint8Array {
  let sequence = endSequences.get(name);
  if (!sequence) endSequences.set(name, (sequence = Uint8Array.from(`</${name}`, (c) => c.charCodeAt(0))));
  return sequence;
}

/** Thrown to hand the page to parse5 alone. */
const FALLBACK = Symbol("fallback to parse5");

const { TokenType } = Token;
/** parse5's InsertionMode.IN_COLUMN_GROUP (not exported). */
const IN_COLUMN_GROUP = 11;
const getTagID = html.getTagID;

/**
 * Feeds parse5's tree builder with tokens from htmlparser2's tokenizer. Character tokens are
 * runs of text: parse5's own tokenizer splits them at every change between white space and
 * other characters, which only matters to the tree builder for leading white space (dropped or
 * kept outside `<body>`, the newline after `<pre>`), so runs are split there only.
 */
class TreeBuilder {
  private readonly tokenizer: Html5Tokenizer;
  private readonly internals: TokenizerInternals;
  private readonly parser: Parse5Parser;
  private readonly hasCR: boolean;
  // The pending run of text.
  private text = "";
  private textStart = -1;
  private textEnd = -1;
  /** Offset of the first character that is not white space, -1 while there is none. */
  private solidAt = -1;
  /** The same position in `text`. */
  private solidIndex = 0;
  // The tag being read.
  private tagName = "";
  private tagStart = 0;
  private attrs: Attr[] | null = null;
  private attrName = "";
  private attrValue = "";
  private readonly endToken = tagToken(TokenType.END_TAG, "", false, NO_ATTRS, 0, 0);
  /** Raw text element being read, for the checks only parse5 can settle. */
  private rawMode = -1;
  private rawStart = 0;

  constructor(
    private readonly source: string,
    private readonly offset: number,
    private readonly fragment: boolean,
  ) {
    this.hasCR = source.includes("\r");
    this.tokenizer = new Html5Tokenizer({ decodeEntities: true }, this);
    this.internals = this.tokenizer as unknown as TokenizerInternals;
    this.parser = fragment ? FastParser.getFragmentParser(null, PARSE5_OPTIONS) : new FastParser(PARSE5_OPTIONS);
    this.parser.tokenizer = this.internals.shim = new TokenizerShim(this);
  }

  run(): Document {
    this.tokenizer.write(this.source);
    this.tokenizer.end();
    return (this.fragment ? this.parser.getFragment() : this.parser.document) as Document;
  }

  switchTo(mode: number): void {
    const t = this.internals;
    if (mode === TokenizerMode.RAWTEXT || mode === TokenizerMode.SCRIPT_DATA || mode === TokenizerMode.RCDATA) {
      this.rawMode = mode === TokenizerMode.RAWTEXT ? -1 : mode; // checked at the element's end
      t.isSpecial = true;
      t.currentSequence = this.tagName === "title" ? TITLE_END : endSequence(this.tagName);
      this.rawStart = t.index + 1;
    } else if (mode !== TokenizerMode.DATA) {
      throw FALLBACK; // PLAINTEXT
    }
  }

  private slice(start: number, end: number): string {
    const s = this.source.slice(start, end);
    return this.hasCR && s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
  }

  private location(start: number, end: number): Location {
    return { startOffset: start + this.offset, endOffset: end + this.offset };
  }

  // Text ---------------------------------------------------------------------------------------

  ontext(start: number, end: number): void {
    if (this.textStart < 0) this.textStart = start;
    if (this.solidAt < 0) {
      const source = this.source;
      for (let i = start; i < end; i++) {
        const c = source.charCodeAt(i);
        if (!isSpace(c)) {
          this.solidAt = c === 0x3c && !this.internals.isSpecial ? i + 1 : i; // parse5 places a "<" that opens no tag where it learnt that
          this.solidIndex = this.text.length + (i === start ? 0 : this.slice(start, i).length);
          break;
        }
      }
    }
    this.text += this.slice(start, end);
    this.textEnd = end;
  }

  ontextentity(codepoint: number, end: number): void {
    const start = this.internals.entityStart;
    if (this.textStart < 0) this.textStart = start;
    if (this.solidAt < 0 && codepoint !== 0x20 && codepoint !== 0x0a && codepoint !== 0x09 && codepoint !== 0x0c) {
      this.solidAt = end - 1; // parse5 starts a token that begins with a reference at its last character
      this.solidIndex = this.text.length;
    }
    this.text += String.fromCodePoint(codepoint);
    this.textEnd = end;
  }

  oncdata(): void {
    throw FALLBACK; // a CDATA section in SVG or MathML: rare, and parse5 places its text its own way
  }

  private flushText(): void {
    if (this.textStart < 0) return;
    const { text, textStart, textEnd, solidAt, solidIndex } = this;
    // In a column group outside a table (a template's), parse5 drops characters but keeps
    // white space, token by token.
    if (this.parser.insertionMode === IN_COLUMN_GROUP && solidAt >= 0 && /[\t\n\f ]/.test(text.slice(solidIndex))) throw FALLBACK;
    this.text = "";
    this.textStart = this.solidAt = -1;
    const o = this.offset;
    if (solidAt < 0) {
      this.parser.onWhitespaceCharacter(charToken(TokenType.WHITESPACE_CHARACTER, text, textStart + o, textEnd + o));
      return;
    }
    if (solidIndex > 0) {
      this.parser.onWhitespaceCharacter(charToken(TokenType.WHITESPACE_CHARACTER, text.slice(0, solidIndex), textStart + o, solidAt + o));
    }
    if (solidIndex === 0) this.parser.onCharacter(charToken(TokenType.CHARACTER, text, textStart + o, textEnd + o));
    else this.parser.onCharacter(charToken(TokenType.CHARACTER, text.slice(solidIndex), solidAt + o, textEnd + o));
  }

  // Tags ---------------------------------------------------------------------------------------

  onopentagname(start: number, end: number): void {
    this.tagStart = start - 1;
    this.tagName = asciiLower(this.source.slice(start, end));
    this.attrs = null;
  }

  onattribname(start: number, end: number): void {
    this.attrName = asciiLower(this.source.slice(start, end));
    this.attrValue = "";
  }

  onattribdata(start: number, end: number): void {
    this.attrValue += this.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.attrValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    const attrs = this.attrs;
    const name = this.attrName;
    if (attrs === null) {
      this.attrs = [{ name, value: this.attrValue }];
      return;
    }
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return; // the first one wins
    attrs.push({ name, value: this.attrValue });
  }

  onopentagend(index: number): void {
    this.startTag(index + 1, false);
  }

  onselfclosingtag(index: number): void {
    this.startTag(index + 1, true);
  }

  private startTag(end: number, selfClosing: boolean): void {
    this.internals.isSpecial = false; // htmlparser2 guessed from the name; the tree builder decides
    const name = this.tagName;
    if (name === "frameset") throw FALLBACK;
    this.flushText();
    this.parser.onStartTag(tagToken(TokenType.START_TAG, name, selfClosing, this.attrs ?? NO_ATTRS, this.tagStart + this.offset, end + this.offset));
  }

  onclosetag(start: number, end: number): void {
    const source = this.source;
    if (this.rawMode >= 0) this.checkRawText(start - 2);
    let close = end;
    if (source.charCodeAt(end) !== GT) {
      close = source.indexOf(">", end);
      if (close < 0) return; // an end tag cut by the end of the input is dropped
      const rest = source.slice(end, close);
      if (rest.includes('"') || rest.includes("'")) throw FALLBACK; // attributes on an end tag
    }
    this.flushText();
    const name = asciiLower(source.slice(start, end));
    // parse5 keeps no end tag token past the next tag token: one object serves them all.
    const token = this.endToken;
    token.tagName = name;
    token.tagID = getTagID(name);
    token.startOffset = start - 2 + this.offset;
    token.endOffset = close + 1 + this.offset;
    this.parser.onEndTag(token);
  }

  /** What htmlparser2's raw text differs in: script data's escapes, entities in `<textarea>`. */
  private checkRawText(end: number): void {
    const text = this.source.slice(this.rawStart, end);
    if (this.rawMode === TokenizerMode.SCRIPT_DATA) {
      const comment = text.indexOf("<!--");
      if (comment >= 0 && /<script[\s/>]/i.test(text.slice(comment))) throw FALLBACK;
    } else if (this.tagName === "title" ? text.includes("<&") : text.includes("&") || /^\r?\n?</.test(text)) {
      // htmlparser2 decodes references in <title> only, and not right after a "<"; parse5
      // places a textarea's text that starts with "<" after its dropped newline its own way.
      throw FALLBACK;
    }
    this.rawMode = -1;
  }

  // Comments, doctypes ---------------------------------------------------------------------------

  oncomment(start: number, end: number, endOffset: number): void {
    this.flushText();
    const source = this.source;
    const bogus = source.charCodeAt(start - 1) !== 0x2d; // `</3>` rather than `<!-- -->`
    if (!bogus && endOffset === 0 && source.charCodeAt(end - 1) === 0x2d) throw FALLBACK; // cut after "-"
    const data = this.slice(start, Math.max(start, end - endOffset));
    if (data.includes("--!>")) throw FALLBACK;
    const tagEnd = endOffset === 0 ? (end < source.length ? end + 1 : end) : end + 1;
    this.parser.onComment({ type: TokenType.COMMENT, data, location: this.location(start - (bogus ? 2 : 4), tagEnd) });
  }

  ondeclaration(start: number, end: number): void {
    this.flushText();
    const data = this.slice(start, end);
    const location = this.location(start - 2, end + 1);
    if (/^doctype/i.test(data)) this.parser.onDoctype(doctypeToken(data, location));
    else this.parser.onComment({ type: TokenType.COMMENT, data, location });
  }

  onprocessinginstruction(start: number, end: number): void {
    this.flushText();
    this.parser.onComment({ type: TokenType.COMMENT, data: this.slice(start - 1, end), location: this.location(start - 2, end + 1) });
  }

  onend(): void {
    const end = this.source.length;
    if (this.rawMode >= 0) this.checkRawText(end);
    // parse5 ends the last text at the end of the input when a tag cut short follows it.
    if (this.textStart >= 0) this.textEnd = end;
    this.flushText();
    this.parser.onEof({ type: TokenType.EOF, location: this.location(end, end) });
  }
}

/** A character token that is its own location. */
function charToken(type: number, chars: string, startOffset: number, endOffset: number) {
  const token = { type, chars, location: null as unknown, startOffset, endOffset };
  token.location = token;
  return token;
}

/** parse5 never adds to a token's attributes, so tags without any can share this. */
const NO_ATTRS: Attr[] = [];

/** A tag token that is its own location (parse5 only reads offsets from it here). */
function tagToken(type: number, tagName: string, selfClosing: boolean, attrs: Attr[], startOffset: number, endOffset: number) {
  const token = { type, tagName, tagID: getTagID(tagName), selfClosing, ackSelfClosing: false, attrs, location: null as unknown, startOffset, endOffset };
  token.location = token;
  return token;
}

const DOCTYPE = /^doctype(?:[\t\n\f\r ]+([^\t\n\f\r >]+)(?:[\t\n\f\r ]+(public|system)[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)')(?:[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'))?)?)?[\t\n\f\r ]*$/i;

/** A doctype the way parse5 tokenizes it; anything unusual goes to parse5 itself. */
function doctypeToken(data: string, location: Location) {
  const m = DOCTYPE.exec(data);
  if (!m || !m[1]) throw FALLBACK;
  const keyword = m[2]?.toLowerCase();
  const first = m[3] ?? m[4] ?? null;
  const second = m[5] ?? m[6] ?? null;
  if (keyword === "system" && second !== null) throw FALLBACK;
  return {
    type: TokenType.DOCTYPE,
    name: asciiLower(m[1]),
    forceQuirks: false,
    publicId: keyword === "public" ? first : null,
    systemId: keyword === "public" ? second : keyword === "system" ? first : null,
    location,
  };
}
