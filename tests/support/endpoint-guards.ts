import ts from "typescript";

/**
 * Finds every server entry point in a source file and whether it authorizes. Entry points are the
 * HTTP method exports of app router route handlers, the default export of a Pages API route, every
 * export of a file whose top-level directive is "use server", and any function with an inline
 * "use server". An entry point is guarded when its body calls one of GUARDS (directly, or through a
 * function of the same file such as a shared `run()`), or public when the comment block directly
 * above its export contains `// public: <why>`.
 */
export type EndpointKind = "route" | "pages-api" | "action";
export type Endpoint = { file: string; name: string; kind: EndpointKind; status: "guarded" | "public" | "unguarded"; why?: string };

/** Calls that authorize: they throw, redirect or deny unless the session holds the right role. */
export const GUARDS = new Set([
  "requireUser", "requireRole", "requirePermission", "requireMerchant",
  // An authorizing read: null unless the session is a reviewer or the photo's merchant (lib/merchants/photo-access.ts).
  "readApplicationPhoto",
]);
/** getSessionUser() alone only reads the session; it guards when the same function also checks the role. */
const SESSION_READ = "getSessionUser";
const ROLE_CHECKS = new Set(["can", "hasRole"]);
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const PUBLIC_MARKER = /^\/\/\s*public:\s*(\S.*)$/;

export function endpointKind(file: string): EndpointKind | null {
  if (/^app\/(.*\/)?route\.tsx?$/.test(file)) return "route";
  if (/^pages\/api\//.test(file)) return "pages-api";
  return null;
}

const hasUseServer = (statements: ts.NodeArray<ts.Statement>) => {
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false;
    if (s.expression.text === "use server") return true;
  }
  return false;
};

/** `// public: why` in the comment block that ends right above `node` (no blank line between). */
function publicMarker(text: string, node: ts.Node): string | undefined {
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  let end = node.getStart();
  for (const c of [...comments].reverse()) {
    if (/\n\s*\n/.test(text.slice(c.end, end))) break;
    const match = PUBLIC_MARKER.exec(text.slice(c.pos, c.end).trim());
    if (match) return match[1];
    end = c.pos;
  }
  return undefined;
}

export function scanEndpoints(file: string, text: string): Endpoint[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const kind = endpointKind(file) ?? (hasUseServer(source.statements) ? "action" : null);

  // The file's own functions by name, so that a guard inside a shared helper counts for its callers.
  const locals = new Map<string, ts.Node>();
  for (const s of source.statements) {
    if (ts.isFunctionDeclaration(s) && s.name) locals.set(s.name.text, s);
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) locals.set(d.name.text, d.initializer);
  }

  const guarded = (node: ts.Node, seen = new Set<ts.Node>()): boolean => {
    if (seen.has(node)) return false;
    seen.add(node);
    const calls: string[] = [];
    let checksRole = false;
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
        if (name) calls.push(name);
      }
      if (ts.isPropertyAccessExpression(n) && n.name.text === "role") checksRole = true;
      ts.forEachChild(n, visit);
    };
    visit(node);
    if (calls.some((c) => GUARDS.has(c))) return true;
    if (calls.includes(SESSION_READ) && (checksRole || calls.some((c) => ROLE_CHECKS.has(c)))) return true;
    return calls.some((c) => locals.has(c) && guarded(locals.get(c)!, seen));
  };

  const found: Endpoint[] = [];
  const add = (name: string, statement: ts.Node, body: ts.Node | undefined, as: EndpointKind) => {
    const why = publicMarker(text, statement);
    found.push({ file, name, kind: as, status: body && guarded(body) ? "guarded" : why ? "public" : "unguarded", ...(why ? { why } : {}) });
  };
  const wanted = (name: string) => kind === "action" || (kind === "route" && HTTP_METHODS.has(name)) || (kind === "pages-api" && name === "default");
  const exported = (s: ts.Statement) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

  for (const s of kind ? source.statements : []) {
    if (ts.isFunctionDeclaration(s) && exported(s)) {
      const isDefault = (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      const name = isDefault ? "default" : (s.name?.text ?? "default");
      if (wanted(name)) add(name, s, s, kind!);
    } else if (ts.isVariableStatement(s) && exported(s)) {
      for (const d of s.declarationList.declarations) {
        const names = ts.isIdentifier(d.name) ? [d.name.text] : ts.isObjectBindingPattern(d.name) ? d.name.elements.map((e) => e.name.getText(source)) : [];
        for (const name of names.filter(wanted)) add(name, s, d.initializer, kind!);
      }
    } else if (ts.isExportAssignment(s) && wanted("default")) {
      add("default", s, s.expression, kind!);
    } else if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) {
        if (e.isTypeOnly || !wanted(e.name.text)) continue;
        add(e.name.text, s, locals.get((e.propertyName ?? e.name).text), kind!);
      }
    }
  }

  // Inline server actions ("use server" as a function body's first directive), in any file.
  const visitInline = (n: ts.Node) => {
    const body = (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n)) && n.body && ts.isBlock(n.body) ? n.body : null;
    if (body && kind !== "action" && hasUseServer(body.statements)) {
      const name = ts.isFunctionDeclaration(n) && n.name ? n.name.text : ts.isVariableDeclaration(n.parent) ? n.parent.name.getText(source) : "(inline)";
      const statement = ts.isFunctionDeclaration(n) ? n : (ts.findAncestor(n, ts.isVariableStatement) ?? n);
      add(name, statement, n, "action");
    }
    ts.forEachChild(n, visitInline);
  };
  visitInline(source);
  return found;
}
