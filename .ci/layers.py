#!/usr/bin/env python3
"""One-way imports inside `crates/web/src` and `crates/domain/src` (issue 10).

Each file is a module (`pages/programme/edit.rs` is `pages::programme::edit`, `mod.rs` is its
folder). An import is every `crate::...` path (in `use` or inline), every `super::...` path,
and every use of a child module a file declares (`mod edit;` ... `edit::routes()`). Each
module belongs to a layer (the tables below, lowest first). The check fails when:
  1. a module imports a module of a higher layer;
  2. in the handler layer (web's `api`, `pages`, `feeds`) a file imports a file of another
     area or a sibling handler file: a file may use its own area's `mod.rs` (shared helpers),
     its ancestors, its own children, and sibling helper files that serve no `routes()`;
  3. modules import each other in a circle (a file using its own child modules, the router
     pattern, is not counted).
Unit tests inside a file and `tests.rs` files are skipped. No dependencies; prints what it
checks and every violation, exits 1 on any.
"""

import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# (crate, source folder, [(layer name, [module prefixes])], handler layer or None)
CRATES = [
    (
        "web",
        "crates/web/src",
        [
            ("ground", ["i18n", "locale", "request"]),
            ("error", ["error"]),
            ("limits", ["limits"]),
            ("machinery", ["guard", "metrics", "cache", "edge"]),
            ("state", ["state"]),
            ("ctx", ["ctx"]),
            ("extract", ["extract"]),
            ("views", ["views"]),
            ("services", ["services"]),
            ("handlers", ["api", "pages", "feeds"]),
            ("ops", ["ops"]),
            ("router", ["", "serve"]),
        ],
        "handlers",
    ),
    (
        "domain",
        "crates/domain/src",
        [
            (
                "ground",
                ["calendar", "lang", "access", "actor", "profile", "document", "symbol", "finding", "holidays"],
            ),
            (
                "model",
                ["convention", "participation", "meeting", "architecture", "glossary", "office", "registration", "obligation", "message", "preparation", "review", "advice", "isu"],
            ),
            ("checks", ["committee", "rules", "extension", "schedule", "programme", "rotation", "record_kept", "universalization", "transparency"]),
            ("root", [""]),
        ],
        None,
    ),
]

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def strip_comments_and_tests(text):
    """Source without comments, string contents and `#[cfg(test)]` items."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif text[i] == '"' or text.startswith('r"', i) or text.startswith('r#"', i):
            if text[i] == "r":
                hashes = text[i + 1 : text.index('"', i)]
                end = '"' + hashes
                j = text.find(end, text.index('"', i) + 1)
                i = n if j < 0 else j + len(end)
            else:
                j = i + 1
                while j < n and text[j] != '"':
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
            out.append('""')
        elif text.startswith("#[cfg(test)]", i):
            # skip the attribute and the item after it (to its matching brace or semicolon)
            j = i + len("#[cfg(test)]")
            depth = 0
            while j < n:
                c = text[j]
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                elif c == ";" and depth == 0:
                    j += 1
                    break
                j += 1
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def module_of(rel):
    parts = rel[:-3].split("/")
    if parts[-1] in ("lib", "mod"):
        parts = parts[:-1]
    return "::".join(parts)


def expand_use(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e] (paths only, `as` names dropped)."""
    tree = re.sub(r"\s+", "", tree)
    m = tree.find("{")
    if m < 0:
        return [tree.split("as")[0] if "as" in tree and not tree.endswith("as") else tree]
    prefix, inner = tree[:m], tree[m + 1 : tree.rfind("}")]
    items, depth, cur = [], 0, ""
    for c in inner:
        if c == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += (c == "{") - (c == "}")
        cur += c
    if cur:
        items.append(cur)
    out = []
    for it in items:
        if it == "self":
            out.append(prefix.rstrip(":"))
        else:
            out.extend(prefix + p for p in expand_use(it))
    return out


def check_crate(name, src, layers, handlers):
    base = os.path.join(ROOT, src)
    files = {}
    for d, _, fs in os.walk(base):
        for f in fs:
            if f.endswith(".rs"):
                rel = os.path.relpath(os.path.join(d, f), base).replace(os.sep, "/")
                if f == "tests.rs" or f.endswith("_tests.rs"):
                    continue
                files[module_of(rel)] = rel
    modules = set(files)
    texts = {m: strip_comments_and_tests(open(os.path.join(base, r)).read()) for m, r in files.items()}
    has_routes = {m for m, t in texts.items() if re.search(r"\bfn routes\s*\(", t)}
    # root re-exports: `pub use state::AppState;`
    reexport = {}
    for path in re.findall(r"pub use ([^;]+);", texts.get("", "")):
        for p in expand_use(path):
            segs = p.split("::")
            reexport[segs[-1]] = "::".join(segs[:-1])

    def resolve(segs):
        """The longest known module a path starts with."""
        if segs and segs[0] in reexport and len(segs) >= 1:
            target = reexport[segs[0]]
            if target in modules:
                return target
        best = ""
        for k in range(1, len(segs) + 1):
            cand = "::".join(segs[:k])
            if cand in modules:
                best = cand
        return best

    rank = {}
    for i, (_, prefixes) in enumerate(layers):
        for p in prefixes:
            rank[p] = i

    def layer_of(m):
        top = m.split("::")[0] if m else ""
        return rank.get(top, rank.get(m))

    edges = {}  # (from, to) -> kind ('import' or 'child')
    for m, t in texts.items():
        here = m.split("::") if m else []
        paths = []
        for use in re.findall(r"\buse\s+([^;]+);", t):
            paths.extend(expand_use(use))
        paths += re.findall(r"(?<![A-Za-z0-9_:])((?:crate|super)(?:::(?:super|" + IDENT + "))+)", t)
        for p in paths:
            segs = p.split("::")
            if segs[0] == "crate":
                target = resolve(segs[1:])
            elif segs[0] in ("super", "self"):
                cur = list(here)
                while segs and segs[0] in ("super", "self"):
                    if segs[0] == "super":
                        cur = cur[:-1]
                    segs = segs[1:]
                target = resolve(cur + segs)
            else:
                continue
            if target != m:
                edges.setdefault((m, target), "import")
        for child in re.findall(r"\bmod\s+(" + IDENT + r")\s*;", t):
            full = "::".join(here + [child])
            if full in modules and re.search(r"(?<![A-Za-z0-9_:])" + child + r"::", t):
                edges[(m, full)] = "child"

    problems = []
    for (a, b), kind in sorted(edges.items()):
        la, lb = layer_of(a), layer_of(b)
        if la is None or lb is None:
            problems.append(f"{name}: {a or 'lib'} or {b or 'lib'} is in no layer")
            continue
        if kind == "import" and la < lb:
            problems.append(
                f"{name}: {files[a]} ({layers[la][0]}) imports {files[b]} ({layers[lb][0]}), a higher layer"
            )
        if handlers and layers[la][0] == handlers and layers[lb][0] == handlers and kind == "import":
            pa, pb = a.split("::"), b.split("::")
            ancestor = pb == pa[: len(pb)]
            sibling_helper = pa[:-1] == pb[:-1] and b not in has_routes
            if pa[0] != pb[0] or not (ancestor or sibling_helper):
                problems.append(f"{name}: handler {files[a]} imports handler {files[b]}")

    # circles over imports (Tarjan)
    graph = {m: [] for m in modules}
    for (a, b), kind in edges.items():
        if kind == "import":
            graph[a].append(b)
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(comp)

    sys.setrecursionlimit(10000)
    for v in sorted(modules):
        if v not in index:
            strong(v)
    for comp in comps:
        problems.append(f"{name}: import circle: " + " <-> ".join(sorted(files[c] for c in comp)))

    imports = sum(1 for k in edges.values() if k == "import")
    print(f"{name}: {len(modules)} files, {imports} module imports, {len(edges) - imports} child uses")
    for i, (lname, prefixes) in enumerate(layers):
        shown = ", ".join(p or "lib.rs" for p in prefixes)
        print(f"  layer {i} {lname}: {shown}")
    return problems


def main():
    print("layers.py: imports run from higher layers to lower ones only; no import circles;")
    print("handler files (web api/, pages/, feeds/) never import another area's or a sibling handler")
    problems = []
    for crate in CRATES:
        problems += check_crate(*crate)
    if problems:
        print(f"\n{len(problems)} violation(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nno violations")


if __name__ == "__main__":
    main()
