//! Stories: a folder's articles grouped by the event they report, so that every cross-article
//! analysis (names merged across outlets, short forms, the shared timeline, the outlet
//! comparison) runs within one story and never across (issue 18, docs/stories.md).
//!
//! Three steps, each usable alone:
//! 1. [`group`]: from the text alone, right after loading — word keys and word pairs
//!    ([`features`]), pairs scored through an inverted index and joined by average link
//!    ([`Clusterer`]), the same stories whatever the order of the files.
//! 2. [`analyse`]: each story analysed as a corpus of its own ([`sub_corpus`]); names,
//!    dates and shared passages found in one story stay in it.
//! 3. [`regroup`] (and [`refine`], its grouping alone): the grouping again with the names and
//!    event days the analysis of step 2 found in each article itself (the chicken and the egg
//!    kept apart: the first stories come from the text alone); only the stories this changes
//!    are analysed again.
//!
//! Sits above `corpus`, `extract`, `compare` and `text`; below `app` and `cli`.

mod agglomerate;
mod analysis;
mod cluster;
pub mod features;
mod params;
pub mod score;
mod summary;

#[cfg(test)]
mod tests;

pub use analysis::{Analysed, analyse, analyse_prepared, reuse, reuse_prepared};
pub use cluster::Clusterer;
pub use features::{Features, Featurizer, analysed_features, story_features, text_features};
pub use params::Params;

use chrono::NaiveDate;
use serde::Serialize;

use crate::corpus::Corpus;

/// Articles reporting one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    /// `s1`, `s2`, … in the order of each story's first article in the corpus: stable while
    /// articles are added at the end.
    pub id: String,
    /// The title of the story's most central article (the one sharing most with the others).
    pub title: String,
    /// Indices into `corpus.articles`, in corpus order.
    pub articles: Vec<usize>,
    /// The earliest and latest publication dates of its articles, when any is known.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Its outlets, each once, in the order of their first article (unknown ones left out).
    pub outlets: Vec<String>,
}

/// A corpus's stories: every article in exactly one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stories {
    pub stories: Vec<Story>,
    /// Each article's story: an index into `stories`.
    pub of_article: Vec<usize>,
}

impl Stories {
    /// The whole corpus as one story (what khabar did before stories).
    pub fn one(corpus: &Corpus) -> Stories {
        let all: Vec<usize> = (0..corpus.articles.len()).collect();
        summary::stories(corpus, &[all], None)
    }

    /// The story with this id (`s3`).
    pub fn find(&self, id: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.id == id)
    }

    /// The story of an article.
    pub fn of(&self, article: usize) -> Option<&Story> {
        self.of_article
            .get(article)
            .and_then(|&s| self.stories.get(s))
    }

    pub fn len(&self) -> usize {
        self.stories.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stories.is_empty()
    }
}

/// Group by the text alone (fast: for the first story list, right after loading).
pub fn group(corpus: &Corpus) -> Stories {
    group_features(corpus, text_features(corpus))
}

/// Group by text, names and event days: the text grouping's stories analysed, each
/// article's names and days taken from its story's analysis ([`story_features`]), grouped
/// again.
pub fn refine(corpus: &Corpus) -> Stories {
    let first = analyse(corpus, group(corpus), &mut |_, _| {});
    regroup(corpus, first, &mut |_, _| {}).stories
}

/// From a folder's text grouping and its analysis (`first`, from [`group`] and [`analyse`]),
/// the grouping by text, names and event days with the analysis of each of its stories: a
/// story the second grouping keeps as it was keeps its analysis; only the others are
/// analysed (`progress(done, total)` over those).
pub fn regroup(
    corpus: &Corpus,
    first: Analysed,
    progress: &mut dyn FnMut(usize, usize),
) -> Analysed {
    let features = story_features(corpus, &first.stories, &first.per_story);
    let stories = group_features(corpus, features);
    analysis::reanalyse(corpus, first, stories, progress)
}

/// Group articles given their features (one per article, in corpus order).
pub fn group_features(corpus: &Corpus, features: Vec<Features>) -> Stories {
    group_with(corpus, features, Params::bundled())
}

/// [`group_features`] with given parameters (tuning, tests).
pub fn group_with(corpus: &Corpus, features: Vec<Features>, params: &Params) -> Stories {
    let mut c = Clusterer::new(params);
    for f in features {
        c.insert(f);
    }
    stories_of(corpus, &c)
}

/// The [`Stories`] of a clusterer that was given the articles of `corpus` in corpus order
/// (titles, dates and outlets from the corpus).
pub fn stories_of(corpus: &Corpus, c: &Clusterer) -> Stories {
    summary::stories(corpus, &c.groups(), Some(c))
}

/// `f` run on each story's [`sub_corpus`] (on the corpus itself, uncopied, when it is one
/// story), in story order.
pub fn per_story<T>(corpus: &Corpus, stories: &Stories, mut f: impl FnMut(&Corpus) -> T) -> Vec<T> {
    if analysis::whole(corpus, stories) {
        return vec![f(corpus)];
    }
    stories
        .stories
        .iter()
        .map(|s| f(&sub_corpus(corpus, s)))
        .collect()
}

impl Story {
    /// The corpus position of the story's `local`-th article (a position in its
    /// [`sub_corpus`]).
    pub fn global(&self, local: usize) -> usize {
        self.articles.get(local).copied().unwrap_or(local)
    }
}

impl Stories {
    /// Only `story`, as the one story of its [`sub_corpus`] (id, title, dates kept).
    pub fn only(story: &Story) -> Stories {
        let n = story.articles.len();
        Stories {
            stories: vec![Story {
                articles: (0..n).collect(),
                ..story.clone()
            }],
            of_article: vec![0; n],
        }
    }
}

/// The articles of one story as a corpus of their own, in corpus order (ids and everything
/// else unchanged): what the per-story analysis runs on.
pub fn sub_corpus(corpus: &Corpus, story: &Story) -> Corpus {
    Corpus {
        articles: story
            .articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i).cloned())
            .collect(),
    }
}
