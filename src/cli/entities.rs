//! `khabar entities [PATH]...`: entities grouped by kind, each with its mentions per outlet,
//! laid out right-to-left by the text engine on a terminal, in logical order into a pipe.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::corpus::Corpus;
use crate::extract::{Entity, EntityKind};
use crate::i18n::{Lang, tr};
use crate::text::{LayoutOptions, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short, value_parser = super::parse_width)]
    pub width: Option<usize>,
}

/// A kind's heading: in Arabic, like the names it lists, unless `--lang en` asks otherwise.
fn heading(kind: EntityKind, lang: Lang) -> &'static str {
    let key = match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
    };
    tr(lang, key)
}

/// `name — total — outlet n، outlet n`: one logical row per entity.
pub fn row(corpus: &Corpus, e: &Entity, lang: Lang) -> String {
    let mut per: BTreeMap<usize, usize> = BTreeMap::new();
    for m in &e.mentions {
        if let Some(i) = corpus.articles.iter().position(|a| *a.id == *m.article) {
            *per.entry(i).or_default() += 1;
        }
    }
    let mut by_outlet: Vec<(String, usize)> = Vec::new();
    for (i, n) in per {
        let Some(a) = corpus.articles.get(i) else {
            continue;
        };
        let outlet = crate::i18n::outlet_shown(lang, &a.outlet).to_string();
        match by_outlet.iter_mut().find(|(o, _)| *o == outlet) {
            Some(x) => x.1 += n,
            None => by_outlet.push((outlet, n)),
        }
    }
    let outlets: Vec<String> = by_outlet.iter().map(|(o, n)| format!("{o} {n}")).collect();
    format!("{} — {} — {}", e.name, e.mentions.len(), outlets.join("، "))
}

pub fn run(args: EntitiesArgs, g: &super::Global) -> ExitCode {
    let visual = g.visual_output();
    let lang = g.batch_lang();
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (entities, failures) = crate::extract::isolate::per_article(
        &corpus,
        "entities",
        crate::extract::entities::extract,
    );
    super::report_failures(&failures);
    super::report_tagger();
    let width = args.width.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            crossterm::terminal::size()
                .map(|(w, _)| usize::from(w))
                .unwrap_or(80)
        } else {
            80
        }
    });
    let opts = LayoutOptions::new(width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
    ] {
        let of_kind: Vec<&Entity> = entities.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let mut lines = vec![format!("{} ({})", heading(kind, lang), of_kind.len())];
        lines.extend(of_kind.iter().map(|e| row(&corpus, e, lang)));
        lines.push(String::new());
        for l in &lines {
            if !visual {
                if let Err(e) = writeln!(out, "{}", super::logical_text(l)) {
                    return super::write_failed(&e);
                }
                continue;
            }
            for v in layout_paragraph(l, &opts) {
                if let Err(e) = writeln!(out, "{}", v.padded(width)) {
                    return super::write_failed(&e);
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    ExitCode::SUCCESS
}
