//! Average-link agglomeration over a sparse graph of article scores: the two stories whose
//! articles score best on average (pairs without an edge count 0) are joined, again and again,
//! while that average reaches the threshold. Every article is weighed against every article of
//! the story it would join, so one chance resemblance does not pull two stories together (as
//! joining the best single match did), and a story reported from several angles still holds
//! when its articles, on the whole, belong together. Nothing depends on the order the articles
//! came in: scores are summed as whole numbers (millionths), so every sum is exact whatever
//! the order of its terms, and ties are broken by a key of each article's content.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// A candidate join: the average score of two stories, checked against their versions when
/// taken from the heap (a join made since makes it stale).
struct Join {
    average: f64,
    /// The smaller content key of the two stories: ties go to the same join in any order.
    key: (u64, u64),
    a: u32,
    b: u32,
    versions: (u32, u32),
}

impl PartialEq for Join {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Join {}
impl PartialOrd for Join {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Join {
    fn cmp(&self, other: &Self) -> Ordering {
        self.average
            .total_cmp(&other.average)
            .then_with(|| other.key.cmp(&self.key))
    }
}

/// One story while the stories are being joined.
struct Group {
    members: Vec<u32>,
    /// The sum of the scores of its articles with each other story's, in millionths.
    links: HashMap<u32, u64>,
    /// The smallest content key of its articles.
    key: u64,
    version: u32,
    alive: bool,
}

/// Groups of `keys.len()` articles joined by average link over `edges` (`(a, b, score)`, each
/// pair once) while the best average reaches `threshold`. `keys` are the articles' content
/// keys. Groups come in order of their smallest article, each sorted.
pub fn average_link(keys: &[u64], edges: &[(u32, u32, f32)], threshold: f32) -> Vec<Vec<usize>> {
    let mut groups: Vec<Group> = keys
        .iter()
        .enumerate()
        .map(|(i, &key)| Group {
            members: vec![u32::try_from(i).unwrap_or(u32::MAX)],
            links: HashMap::new(),
            key,
            version: 0,
            alive: true,
        })
        .collect();
    for &(a, b, s) in edges {
        if a == b {
            continue;
        }
        // Scores are in 0..=1: a millionth is finer than any difference that matters.
        let s = (f64::from(s.clamp(0.0, 1.0)) * UNIT).round() as u64;
        for (x, y) in [(a, b), (b, a)] {
            if let Some(g) = groups.get_mut(x as usize) {
                *g.links.entry(y).or_default() += s;
            }
        }
    }
    let mut heap = BinaryHeap::new();
    for (i, g) in groups.iter().enumerate() {
        for (&j, &s) in &g.links {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            if i < j
                && let Some(join) = candidate(&groups, i, j, s, threshold)
            {
                heap.push(join);
            }
        }
    }
    while let Some(j) = heap.pop() {
        let current = |x: u32| groups.get(x as usize).map(|g| (g.alive, g.version));
        if current(j.a) != Some((true, j.versions.0)) || current(j.b) != Some((true, j.versions.1))
        {
            continue;
        }
        let keep = join(&mut groups, j.a, j.b);
        let links: Vec<(u32, u64)> = groups
            .get(keep as usize)
            .map(|g| g.links.iter().map(|(&k, &s)| (k, s)).collect())
            .unwrap_or_default();
        for (other, s) in links {
            let (x, y) = if keep < other {
                (keep, other)
            } else {
                (other, keep)
            };
            if let Some(join) = candidate(&groups, x, y, s, threshold) {
                heap.push(join);
            }
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .filter(|g| g.alive)
        .map(|g| {
            let mut m: Vec<usize> = g.members.into_iter().map(|x| x as usize).collect();
            m.sort_unstable();
            m
        })
        .collect();
    out.sort_unstable_by_key(|m| m.first().copied());
    out
}

/// Scores are summed in millionths.
const UNIT: f64 = 1e6;

/// The join of `a` and `b` (`a < b`), whose articles' scores sum to `sum` millionths, if its
/// average reaches the threshold.
fn candidate(groups: &[Group], a: u32, b: u32, sum: u64, threshold: f32) -> Option<Join> {
    let (ga, gb) = (groups.get(a as usize)?, groups.get(b as usize)?);
    let average = sum as f64 / UNIT / (ga.members.len() * gb.members.len()) as f64;
    (average >= f64::from(threshold)).then(|| Join {
        average,
        key: (ga.key.min(gb.key), ga.key.max(gb.key)),
        a,
        b,
        versions: (ga.version, gb.version),
    })
}

/// Join `b` into `a` (or `a` into `b`, whichever has fewer links to move): returns the one
/// kept. Joins with the kept group are now stale (its version moves on); joins between other
/// groups keep their averages.
fn join(groups: &mut [Group], a: u32, b: u32) -> u32 {
    let links = |x: u32| groups.get(x as usize).map_or(0, |g| g.links.len());
    let (keep, gone) = if links(a) >= links(b) { (a, b) } else { (b, a) };
    let Some(old) = groups.get_mut(gone as usize) else {
        return keep;
    };
    old.alive = false;
    let members = std::mem::take(&mut old.members);
    let moved = std::mem::take(&mut old.links);
    let key = old.key;
    for (&other, &s) in &moved {
        if other == keep {
            continue;
        }
        if let Some(g) = groups.get_mut(other as usize) {
            g.links.remove(&gone);
            *g.links.entry(keep).or_default() += s;
        }
    }
    if let Some(g) = groups.get_mut(keep as usize) {
        g.links.remove(&gone);
        for (other, s) in moved {
            if other != keep {
                *g.links.entry(other).or_default() += s;
            }
        }
        g.members.extend(members);
        g.key = g.key.min(key);
        g.version += 1;
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_while_the_average_reaches_the_threshold() {
        // 0-1-2 close together; 3 close to 2 only: its average with {0,1,2} is 0.3/3 = 0.1.
        let edges = [
            (0, 1, 0.5),
            (1, 2, 0.5),
            (0, 2, 0.4),
            (2, 3, 0.3),
            (4, 5, 0.05),
        ];
        let g = average_link(&[10, 11, 12, 13, 14, 15], &edges, 0.2);
        assert_eq!(g, vec![vec![0, 1, 2], vec![3], vec![4], vec![5]]);
        // A lower threshold takes 3 in, never 4 and 5.
        let g = average_link(&[10, 11, 12, 13, 14, 15], &edges, 0.09);
        assert_eq!(g, vec![vec![0, 1, 2, 3], vec![4], vec![5]]);
    }
}
