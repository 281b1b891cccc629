//! The grouping. Articles are added one at a time into an inverted index (item → articles);
//! each added article is scored against the articles already there that share an item with
//! it (never all pairs) and gets a provisional story at once, so a reader can add articles
//! as they load. [`Clusterer::groups`] then groups everything added in one pass that does not
//! depend on the order of arrival: every pair sharing an item scored with the IDF of the
//! whole folder ([`Clusterer::graph`]), then average-link joins ([`super::agglomerate`]).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{DATES, ENTITIES, Features, KINDS, TEXT};
use super::params::Params;

/// Items are already well-spread hashes ([`super::features`]): the map uses them as they are
/// instead of hashing them again (most of the grouping's time went to SipHash).
#[derive(Default)]
pub(super) struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The articles holding an item, with its weight in each. Most items (word pairs above all)
/// are in one article only: they are kept inline, without a vector of their own.
enum Posting {
    One([(u32, f32); 1]),
    Many(Vec<(u32, f32)>),
}

impl Posting {
    fn as_slice(&self) -> &[(u32, f32)] {
        match self {
            Posting::One(x) => x,
            Posting::Many(v) => v,
        }
    }

    fn push(&mut self, x: (u32, f32)) {
        match self {
            Posting::One([first]) => *self = Posting::Many(vec![*first, x]),
            Posting::Many(v) => v.push(x),
        }
    }
}

/// A map keyed by items (already hashes).
pub(super) type ItemMap<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

type Postings = ItemMap<Posting>;

/// One added article: the squared length of its TF-IDF vector per kind (with the IDF of the
/// time it was added), its day, its story.
struct Doc {
    norms: [f32; KINDS],
    published: Option<i32>,
    story: u32,
    /// A hash of its features: breaks ties without looking at the order of arrival.
    key: u64,
}

/// Groups articles into stories: added one at a time (each with a provisional story), grouped
/// as a whole by [`Clusterer::groups`] (see the module doc and docs/stories.md for the score).
pub struct Clusterer {
    params: Params,
    /// Item → the articles holding it (with its weight in each), in the order they were added.
    postings: Postings,
    docs: Vec<Doc>,
    /// Each provisional story's articles, in the order they were added.
    members: Vec<Vec<u32>>,
    /// Each article's features (the stories' titles need them).
    features: Vec<Features>,
    /// Scratch: shared IDF per kind with each candidate, and which candidates were touched.
    acc: Vec<[f32; KINDS]>,
    touched: Vec<u32>,
}

impl Default for Clusterer {
    fn default() -> Self {
        Clusterer::new(Params::bundled())
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Clusterer {
    pub fn new(params: &Params) -> Clusterer {
        Clusterer {
            params: params.clone(),
            postings: Postings::default(),
            docs: Vec::new(),
            members: Vec::new(),
            features: Vec::new(),
            acc: Vec::new(),
            touched: Vec::new(),
        }
    }

    /// How many articles were added.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Each added article's provisional story (as [`Clusterer::add`] returned it).
    pub fn assignment(&self) -> Vec<usize> {
        self.docs.iter().map(|d| d.story as usize).collect()
    }

    /// The provisional stories' articles (indices in the order added), stories in order of
    /// their first article.
    pub fn provisional(&self) -> Vec<Vec<usize>> {
        self.members
            .iter()
            .map(|m| m.iter().map(|&i| i as usize).collect())
            .collect()
    }

    /// The features of the articles added, in order.
    pub fn features(&self) -> &[Features] {
        &self.features
    }

    /// IDF of an item held by `df` articles when `n` articles are known.
    pub fn idf(&self, df: usize, n: usize) -> f32 {
        ((n as f32 + self.params.idf_prior_docs) / df.max(1) as f32).ln()
    }

    /// How many added articles hold `item`.
    pub fn df(&self, item: u64) -> usize {
        self.postings.get(&item).map_or(0, |p| p.as_slice().len())
    }

    /// The stories of everything added (indices in the order added, each story sorted,
    /// stories in order of their first article): the same sets of articles whatever the order
    /// they were added in.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let keys: Vec<u64> = self.docs.iter().map(|d| d.key).collect();
        let edges = self.graph(self.params.min_link);
        super::agglomerate::average_link(&keys, &edges, self.params.threshold)
    }

    /// Every pair of added articles that share an item held by at most `max_df` articles,
    /// scored with the IDF of all the articles added: `(a, b, score)` with `a < b` and a score
    /// of at least `floor`. Each pair's shared weight is summed over its items in item order,
    /// so the score is the same bits whatever the order the articles came in.
    pub fn graph(&self, floor: f32) -> Vec<(u32, u32, f32)> {
        let n = self.docs.len();
        let norms: Vec<[f32; KINDS]> = self
            .features
            .iter()
            .map(|f| {
                let mut norms = [0f32; KINDS];
                for (items, norm) in f.items.iter().zip(&mut norms) {
                    for (item, w) in items {
                        let df = self.df(*item);
                        // A stock word of the folder is left out of both sides of the cosine.
                        if df > self.params.max_df {
                            continue;
                        }
                        let x = self.idf(df, n) * w;
                        *norm += x * x;
                    }
                }
                norms
            })
            .collect();
        let mut acc: Vec<[f32; KINDS]> = vec![[0.0; KINDS]; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut edges = Vec::new();
        for (a, f) in self.features.iter().enumerate() {
            let me = to_u32(a);
            for (kind, items) in f.items.iter().enumerate() {
                for (item, w) in items {
                    let list = self.postings.get(item).map_or(&[][..], Posting::as_slice);
                    if list.len() > self.params.max_df {
                        continue;
                    }
                    let idf = self.idf(list.len(), n);
                    // Postings are in the order added: the later articles are the tail.
                    let later = list
                        .get(list.partition_point(|x| x.0 <= me)..)
                        .unwrap_or(&[]);
                    for &(b, wb) in later {
                        let Some(slot) = acc.get_mut(b as usize) else {
                            continue;
                        };
                        if *slot == [0.0; KINDS] {
                            touched.push(b);
                        }
                        if let Some(x) = slot.get_mut(kind) {
                            *x += idf * idf * (w * wb);
                        }
                    }
                }
            }
            let (Some(da), Some(na)) = (self.docs.get(a), norms.get(a)) else {
                continue;
            };
            for b in touched.drain(..) {
                let (Some(db), Some(nb), Some(shared)) = (
                    self.docs.get(b as usize),
                    norms.get(b as usize),
                    acc.get_mut(b as usize),
                ) else {
                    continue;
                };
                let s = symmetric_score(&self.params, na, nb, shared, da.published, db.published);
                *shared = [0.0; KINDS];
                if s >= floor && s > 0.0 {
                    edges.push((me, b, s));
                }
            }
        }
        edges
    }

    /// Add one article and return the index of its provisional story.
    pub fn add(&mut self, f: Features) -> usize {
        let norms = self.gather(&f);
        let scored = self.scored(&norms, f.published);
        let story = self.best_story(scored);
        self.index(f, norms, story)
    }

    /// Add one article without looking for its provisional story (it gets one of its own):
    /// for a batch, whose stories come from [`Clusterer::groups`] alone.
    pub fn insert(&mut self, f: Features) {
        let norms = [0.0; KINDS];
        self.index(f, norms, None);
    }

    /// Put `f` in the index and in `story` (a new one when `None`).
    fn index(&mut self, f: Features, norms: [f32; KINDS], story: Option<usize>) -> usize {
        let me = to_u32(self.docs.len());
        for &(item, w) in f.items.iter().flatten() {
            match self.postings.entry(item) {
                Entry::Occupied(mut e) => e.get_mut().push((me, w)),
                Entry::Vacant(e) => {
                    e.insert(Posting::One([(me, w)]));
                }
            }
        }
        let story = match story.filter(|&s| s < self.members.len()) {
            Some(s) => {
                if let Some(m) = self.members.get_mut(s) {
                    m.push(me);
                }
                s
            }
            None => {
                self.members.push(vec![me]);
                self.members.len() - 1
            }
        };
        self.docs.push(Doc {
            norms,
            published: f.published,
            story: to_u32(story),
            key: content_key(&f),
        });
        self.features.push(f);
        self.acc.push([0.0; KINDS]);
        story
    }

    /// The score an article with features `f` would have with each added article it shares
    /// an item with: `(article, score)`, in the order added. For diagnostics and tests; adds
    /// nothing.
    pub fn scores(&mut self, f: &Features) -> Vec<(usize, f32)> {
        let norms = self.gather(f);
        let mut v: Vec<(usize, f32)> = self
            .take_touched(&norms, f.published)
            .into_iter()
            .map(|(d, _, s)| (d as usize, s))
            .collect();
        v.sort_unstable_by_key(|x| x.0);
        v
    }

    /// Walk the postings of `f`'s items: the dot product of `f`'s TF-IDF vector with each
    /// added article's goes to `acc` (those touched listed in `touched`); returns the squared
    /// length of `f`'s vector per kind.
    fn gather(&mut self, f: &Features) -> [f32; KINDS] {
        let n = self.docs.len() + 1;
        let mut norms = [0f32; KINDS];
        for ((kind, items), norm) in [TEXT, ENTITIES, DATES]
            .into_iter()
            .zip(&f.items)
            .zip(&mut norms)
        {
            for &(item, w) in items {
                let list = self.postings.get(&item).map_or(&[][..], Posting::as_slice);
                if list.len() > self.params.max_df {
                    continue;
                }
                let idf = self.idf(list.len() + 1, n);
                *norm += (idf * w) * (idf * w);
                for &(d, wd) in list {
                    let Some(slot) = self.acc.get_mut(d as usize) else {
                        continue;
                    };
                    if *slot == [0.0; KINDS] {
                        self.touched.push(d);
                    }
                    if let Some(x) = slot.get_mut(kind) {
                        *x += idf * idf * w * wd;
                    }
                }
            }
        }
        norms
    }

    /// `(story, score)` with each touched article scoring above 0.
    fn scored(&mut self, norms: &[f32; KINDS], published: Option<i32>) -> Vec<(u32, f32)> {
        self.take_touched(norms, published)
            .into_iter()
            .filter(|x| x.2 > 0.0)
            .map(|(_, story, s)| (story, s))
            .collect()
    }

    /// `(article, story, score)` for each touched article; clears the scratch.
    fn take_touched(
        &mut self,
        norms: &[f32; KINDS],
        published: Option<i32>,
    ) -> Vec<(u32, u32, f32)> {
        let mut out = Vec::with_capacity(self.touched.len());
        for &d in &self.touched {
            let (Some(doc), Some(shared)) =
                (self.docs.get(d as usize), self.acc.get_mut(d as usize))
            else {
                continue;
            };
            out.push((
                d,
                doc.story,
                pair_score(&self.params, norms, published, shared, doc),
            ));
            *shared = [0.0; KINDS];
        }
        self.touched.clear();
        out
    }

    /// The provisional story scoring best (the mean of the article's scores with all its
    /// articles, as the final grouping weighs stories), if that reaches the threshold.
    fn best_story(&self, mut scored: Vec<(u32, f32)>) -> Option<usize> {
        scored.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        let mut best: Option<(usize, f32)> = None;
        for run in scored.chunk_by(|x, y| x.0 == y.0) {
            let Some(&(story, _)) = run.first() else {
                continue;
            };
            let story = story as usize;
            let size = self.members.get(story).map_or(1, Vec::len).max(1);
            let s = run.iter().map(|x| x.1).sum::<f32>() / size as f32;
            if s >= self.params.threshold && best.is_none_or(|(_, b)| s > b) {
                best = Some((story, s));
            }
        }
        best.map(|(s, _)| s)
    }
}

/// The score of a new article (item IDF sums `norms`, day `published`) with an added one
/// (`doc`), given the IDF they share per kind (`shared`): docs/stories.md.
fn pair_score(
    p: &Params,
    norms: &[f32; KINDS],
    published: Option<i32>,
    shared: &[f32; KINDS],
    doc: &Doc,
) -> f32 {
    symmetric_score(p, norms, &doc.norms, shared, published, doc.published)
}

/// The score of two articles with squared TF-IDF lengths `a` and `b` per kind, sharing
/// `shared`, published on days `da` and `db`.
fn symmetric_score(
    p: &Params,
    a: &[f32; KINDS],
    b: &[f32; KINDS],
    shared: &[f32; KINDS],
    da: Option<i32>,
    db: Option<i32>,
) -> f32 {
    let weights = [p.text_weight, p.entity_weight, p.date_weight];
    let (mut sum, mut weight) = (0.0, 0.0);
    for (((w, n), d), sh) in weights.iter().zip(a).zip(b).zip(shared) {
        let denom = n * d;
        if denom > 0.0 {
            sum += w * (sh / denom.sqrt()).min(1.0);
            weight += w;
        }
    }
    if weight == 0.0 {
        return 0.0;
    }
    sum / weight * time_factor(p, da, db)
}

/// A hash of an article's features (its items and day).
fn content_key(f: &Features) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for &(item, w) in f.items.iter().flatten() {
        h = (h ^ item).wrapping_mul(0x0000_0100_0000_01b3) ^ u64::from(w.to_bits());
        h = h.rotate_left(29);
    }
    h ^ f.published.map_or(0, |d| d as u64)
}

/// 1 for articles published within `window_days` of each other (or of unknown date), halving
/// every `half_life_days` beyond.
fn time_factor(p: &Params, a: Option<i32>, b: Option<i32>) -> f32 {
    let (Some(a), Some(b)) = (a, b) else {
        return 1.0;
    };
    let apart = i64::from(a.abs_diff(b)) - p.window_days;
    if apart <= 0 {
        1.0
    } else {
        0.5f32.powf(apart as f32 / p.half_life_days)
    }
}
