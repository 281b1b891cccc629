//! `khabar entities [PATH]...`: entities grouped by kind, each with its mentions per outlet,
//! laid out right-to-left by the text engine on a terminal, in logical order into a pipe.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::corpus::Corpus;
use crate::extract::{Entity, EntityKind};
use crate::i18n::{Lang, tr};
use crate::text::LayoutOptions;

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

/// `name — total — outlet n، outlet n`: one logical row per entity. `names` are the
/// articles' names as sources (screen::sources): an outlet's articles count together, an
/// article without an outlet by its own name.
pub fn row(corpus: &Corpus, names: &[String], e: &Entity, lang: Lang) -> String {
    let mut per: BTreeMap<usize, usize> = BTreeMap::new();
    for m in &e.mentions {
        if let Some(i) = corpus.articles.iter().position(|a| *a.id == *m.article) {
            *per.entry(i).or_default() += 1;
        }
    }
    let mut by_outlet: Vec<(String, usize)> = Vec::new();
    for (i, n) in per {
        let Some(outlet) = names.get(i).cloned() else {
            continue;
        };
        match by_outlet.iter_mut().find(|(o, _)| *o == outlet) {
            Some(x) => x.1 += n,
            None => by_outlet.push((outlet, n)),
        }
    }
    let outlets: Vec<String> = by_outlet.iter().map(|(o, n)| format!("{o} {n}")).collect();
    format!(
        "{} — {} — {}",
        e.name,
        e.mentions.len(),
        crate::i18n::join_list(lang, &outlets)
    )
}

pub fn run(args: EntitiesArgs, g: &super::Global) -> ExitCode {
    let visual = g.visual_output();
    let lang = g.interface_lang();
    let (corpus, stories) = match super::stories::load(&args.paths, g) {
        Ok(c) => c,
        Err(code) => return code,
    };
    // Names are merged within a story only: each story's entities are its own.
    let per_story = crate::stories::per_story(&corpus, &stories, |c| {
        crate::extract::isolate::per_article(c, "entities", crate::extract::entities::extract)
    });
    for (story, (_, failures)) in stories.stories.iter().zip(&per_story) {
        for f in failures {
            let mut f = f.clone();
            f.article = story.global(f.article);
            super::warn(format_args!("{}", f.describe()));
        }
    }
    super::report_tagger();
    let width = super::output_width(args.width);
    let opts = LayoutOptions::new(width);
    let mut lines: Vec<String> = Vec::new();
    let several = stories.len() > 1;
    let names = crate::screen::sources::source_names(&corpus.articles, Some(lang));
    for (story, (entities, _)) in stories.stories.iter().zip(&per_story) {
        if several {
            lines.push(super::stories::heading(story));
        }
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
        ] {
            let of_kind: Vec<&Entity> = entities.iter().filter(|e| e.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            lines.push(format!("{} ({})", heading(kind, lang), of_kind.len()));
            lines.extend(of_kind.iter().map(|e| row(&corpus, &names, e, lang)));
            lines.push(String::new());
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for l in &lines {
        if let Err(e) = super::stories::write_row(&mut out, l, visual.then_some(&opts)) {
            return super::write_failed(&e);
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    ExitCode::SUCCESS
}
