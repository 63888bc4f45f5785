//! The layout rule of docs/architecture.md, checked on the sources: within each crate the
//! files' imports form no circle, so every file can stand above everything it imports.
//!
//! An import is a `crate::…`, `super::…` or `self::…` path, in a `use` or inline, resolved
//! to the file of the longest module it names. A folder module's `mod.rs` naming its own
//! children by their bare names is how a folder presents itself, not an import. Test modules
//! (from `#[cfg(test)]` on) are left out: they may use what they test from anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One crate's files, by module path (`["routes", "customers"]`; the root is `[]`).
struct Crate {
    files: BTreeMap<Vec<String>, PathBuf>,
}

impl Crate {
    fn read(root: &Path) -> Crate {
        let mut files = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read a source folder") {
                let path = entry.expect("a folder entry").path();
                if path.is_dir() {
                    if path.file_name().is_some_and(|name| name != "bin") {
                        stack.push(path);
                    }
                } else if path.extension().is_some_and(|ext| ext == "rs")
                    && !(dir == root && path.file_name().is_some_and(|name| name == "main.rs"))
                {
                    files.insert(module_of(root, &path), path);
                }
            }
        }
        Crate { files }
    }

    /// The file of the longest module that `path` starts with.
    fn file_of(&self, path: &[String]) -> Option<&Vec<String>> {
        (0..=path.len())
            .rev()
            .find_map(|len| self.files.get_key_value(&path[..len]).map(|(key, _)| key))
    }

    /// Every file → the files it imports.
    fn imports(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut graph = BTreeMap::new();
        for (module, file) in &self.files {
            let source = std::fs::read_to_string(file).expect("read a source file");
            let mut targets = BTreeSet::new();
            let is_face = file
                .file_name()
                .is_some_and(|name| name == "mod.rs" || name == "lib.rs");
            for Named { path, reexport } in paths_in(production_part(&source)) {
                // A folder's face hands its children's names on: that is no import.
                if reexport && is_face {
                    continue;
                }
                let Some(absolute) = absolute(self, module, &path) else {
                    continue;
                };
                if let Some(target) = self.file_of(&absolute) {
                    if target != module {
                        targets.insert(target.clone());
                    }
                }
            }
            graph.insert(module.clone(), targets);
        }
        graph
    }
}

fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root).expect("a file under the root");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_owned());
    }
    parts
}

/// The source up to its test module.
fn production_part(source: &str) -> &str {
    let mut at = 0;
    while let Some(found) = source[at..].find("#[cfg(test)]") {
        let start = at + found;
        let rest = source[start + "#[cfg(test)]".len()..].trim_start();
        if rest.starts_with("mod ") || rest.starts_with("pub mod ") {
            return &source[..start];
        }
        at = start + 1;
    }
    source
}

/// A path named in the code, and whether it is a re-export (`pub use`).
struct Named {
    path: Vec<String>,
    reexport: bool,
}

/// Every path in the code: `use` trees expanded, and inline `name::name…` chains. Which of
/// them name a module of the crate is decided by [`absolute`].
fn paths_in(source: &str) -> Vec<Named> {
    let mut named = Vec::new();
    let mut inline = String::new();
    let mut statement: Option<(String, bool)> = None;
    for line in source.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if statement.is_none() {
            let reexport = trimmed.starts_with("pub");
            let after_pub = trimmed
                .strip_prefix("pub(crate) ")
                .or_else(|| trimmed.strip_prefix("pub(super) "))
                .or_else(|| trimmed.strip_prefix("pub "))
                .unwrap_or(trimmed);
            match after_pub.strip_prefix("use ") {
                Some(tree) => statement = Some((tree.to_owned(), reexport)),
                None => {
                    inline.push_str(line);
                    inline.push('\n');
                    continue;
                }
            }
        } else if let Some((tree, _)) = statement.as_mut() {
            tree.push(' ');
            tree.push_str(trimmed);
        }
        if let Some((tree, reexport)) = statement.take_if(|(tree, _)| tree.contains(';')) {
            let tree = tree.split(';').next().unwrap_or_default();
            // `x as y` keeps only `x`, marked by `@` once the spaces are gone.
            let words: Vec<&str> = tree.split_whitespace().collect();
            let tree = words.join(" ").replace(" as ", "@").replace(' ', "");
            let mut paths = Vec::new();
            expand(&tree, &mut Vec::new(), &mut paths);
            named.extend(paths.into_iter().map(|path| Named { path, reexport }));
        }
    }
    let mut at = 0;
    while let Some(found) = inline[at..].find("::") {
        let colons = at + found;
        let start = inline[..colons]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
            .last()
            .map_or(colons, |(i, _)| i);
        let chain: String = inline[start..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let path: Vec<String> = chain
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        named.push(Named {
            path,
            reexport: false,
        });
        at = start + chain.len().max(colons - start + 2);
    }
    named
}

/// Expands a `use` tree (`a::{b, c::{d, e}}`) into whole paths.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim_start_matches("::");
    match tree.find('{') {
        Some(open) if tree.ends_with('}') => {
            let head: Vec<String> = tree[..open]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let depth = prefix.len();
            prefix.extend(head);
            for branch in split_top_level(&tree[open + 1..tree.len() - 1]) {
                expand(branch, prefix, out);
            }
            prefix.truncate(depth);
        }
        _ => {
            let mut path = prefix.clone();
            let head = tree.split('@').next().unwrap_or(tree);
            path.extend(
                head.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            out.push(path);
        }
    }
}

/// Splits `a, b::{c, d}, e` at the commas outside braces.
fn split_top_level(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts.into_iter().filter(|part| !part.is_empty()).collect()
}

/// A path as seen from `module`, made absolute: `crate`, `super` and `self` paths, and paths
/// that start with the name of one of the module's own children.
fn absolute(crate_: &Crate, module: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> = module.to_vec();
    let mut segments = path.iter().peekable();
    match segments.next()?.as_str() {
        "crate" => base.clear(),
        "self" => {}
        "super" => {
            // In `a/b.rs` (module a::b) `super` is `a`; in `a/mod.rs` (module a) it is the root.
            base.pop()?;
            while segments.peek().is_some_and(|s| *s == "super") {
                segments.next();
                base.pop()?;
            }
        }
        child => {
            let mut own = module.to_vec();
            own.push(child.to_owned());
            if !crate_.files.contains_key(&own) {
                return None;
            }
            base = own;
        }
    }
    base.extend(segments.filter(|s| *s != "self").cloned());
    Some(base)
}

/// The circles of a graph: its strongly connected components of more than one file.
fn circles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    let names: Vec<&Vec<String>> = graph.keys().collect();
    let index_of = |name: &Vec<String>| names.iter().position(|n| *n == name);
    let edges: Vec<Vec<usize>> = names
        .iter()
        .map(|name| graph[*name].iter().filter_map(index_of).collect())
        .collect();
    // Kosaraju: order by finish time, then collect on the reversed graph.
    let mut order = Vec::new();
    let mut seen = vec![false; names.len()];
    for start in 0..names.len() {
        if seen[start] {
            continue;
        }
        let mut stack = vec![(start, 0)];
        seen[start] = true;
        while let Some((node, next)) = stack.pop() {
            if next < edges[node].len() {
                stack.push((node, next + 1));
                let to = edges[node][next];
                if !seen[to] {
                    seen[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut reversed = vec![Vec::new(); names.len()];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reversed[to].push(from);
        }
    }
    let mut component = vec![usize::MAX; names.len()];
    let mut found = Vec::new();
    for &start in order.iter().rev() {
        if component[start] != usize::MAX {
            continue;
        }
        let mut members = vec![start];
        component[start] = start;
        let mut at = 0;
        while at < members.len() {
            for &from in &reversed[members[at]] {
                if component[from] == usize::MAX {
                    component[from] = start;
                    members.push(from);
                }
            }
            at += 1;
        }
        if members.len() > 1 {
            let mut circle: Vec<String> = members.iter().map(|&m| names[m].join("::")).collect();
            circle.sort();
            found.push(circle);
        }
    }
    found
}

fn assert_no_circles(root: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let graph = Crate::read(&root).imports();
    assert!(
        graph.len() > 10,
        "read the sources under {}",
        root.display()
    );
    let found = circles(&graph);
    let mut report = String::new();
    for circle in &found {
        report.push_str("circle:\n");
        for (from, tos) in &graph {
            for to in tos {
                if circle.contains(&from.join("::")) && circle.contains(&to.join("::")) {
                    report.push_str(&format!("  {} -> {}\n", from.join("::"), to.join("::")));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "import circles under {}:\n{report}",
        root.display()
    );
}

#[test]
fn the_server_crate_has_no_import_circles() {
    assert_no_circles("src");
}

#[test]
fn the_actors_crate_has_no_import_circles() {
    assert_no_circles("actors/src");
}

#[test]
fn use_trees_expand_to_whole_paths() {
    let mut out = Vec::new();
    expand("crate::a::{b,c::{d,e},f@g}", &mut Vec::new(), &mut out);
    let joined: Vec<String> = out.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        joined,
        [
            "crate::a::b",
            "crate::a::c::d",
            "crate::a::c::e",
            "crate::a::f"
        ]
    );
}
