#!/usr/bin/env python3
"""Write assets/clusters_ar.tsv: word clusters for the entity tagger, learned from unlabeled
Arabic text (Arabic Wikipedia; source and licence in NOTICE and assets/README.md).

Words that occur in the same contexts get near vectors (word2vec, skip-gram); k-means over
the unit vectors groups them at three granularities. The tagger then sees an unseen name's
cluster: a transliterated surname it never met in ANERcorp falls among the surnames it did.

The input is the text as the tagger reads it, one paragraph per line of stems (khabar's own
tokenizer, normalization and clitic stripping), written by `examples/ner_corpus.rs`:

    cargo run --release --example ner_corpus -- DIR > corpus.txt
    python3 -m venv /tmp/cl && /tmp/cl/bin/pip install gensim==4.3.3 scikit-learn==1.5.2 \
        numpy==1.26.4 scipy==1.13.1
    PYTHONHASHSEED=0 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
        /tmp/cl/bin/python tools/gen_clusters.py corpus.txt > assets/clusters_ar.tsv

Deterministic: one worker thread, fixed seeds, PYTHONHASHSEED=0 and single-threaded BLAS
(sums in another order would move a few words between clusters); the output is sorted.

Output: `#` comment lines, then `stem<TAB>coarse<TAB>middle<TAB>fine`, sorted by stem.
"""

import argparse
import os
import sys
from collections import Counter
from importlib.metadata import version

import numpy as np
from gensim.models import KeyedVectors, Word2Vec
from sklearn.cluster import KMeans

SEED = 14


class Lines:
    """The corpus, one list of words per line, read again for each pass."""

    def __init__(self, path):
        self.path = path

    def __iter__(self):
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                words = line.split()
                if words:
                    yield words


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--top", type=int, default=100000, help="most frequent stems kept")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--k", default="32,128,512", help="clusters per granularity")
    ap.add_argument("--save-vectors", help="also keep the word vectors here (for trying k)")
    ap.add_argument("--load-vectors", help="cluster these saved vectors, skip word2vec")
    a = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("set PYTHONHASHSEED=0 (word2vec's vocabulary order depends on it)")
    ks = [int(k) for k in a.k.split(",")]

    counts = Counter()
    for words in Lines(a.corpus):
        counts.update(words)
    if a.load_vectors:
        wv = KeyedVectors.load(a.load_vectors)
    else:
        wv = Word2Vec(
            sentences=Lines(a.corpus),
            vector_size=a.dim,
            window=a.window,
            min_count=a.min_count,
            sg=1,
            negative=5,
            epochs=a.epochs,
            workers=1,
            seed=SEED,
        ).wv
    if a.save_vectors:
        wv.save(a.save_vectors)
    # Most frequent first, ties by the word itself: the same corpus gives the same list.
    kept = sorted(wv.key_to_index, key=lambda w: (-counts[w], w))[: a.top]
    vecs = np.stack([wv[w] for w in kept]).astype(np.float64)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    ids = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=1, max_iter=50, random_state=SEED, algorithm="lloyd")
        ids.append(km.fit_predict(vecs))

    out = sys.stdout
    out.write("# word clusters for khabar's entity tagger: stem, then cluster ids at %s\n" % a.k)
    out.write(
        "# learned by tools/gen_clusters.py (gensim %s, scikit-learn %s, numpy %s): "
        "skip-gram dim %d window %d min-count %d epochs %d, seed %d; top %d stems\n"
        % (version("gensim"), version("scikit-learn"), version("numpy"), a.dim, a.window,
           a.min_count, a.epochs, SEED, len(kept))
    )
    out.write("# from Arabic Wikipedia text (CC BY-SA 4.0); see NOTICE\n")
    rows = sorted(zip(kept, *ids))
    for w, *c in rows:
        out.write("%s\t%s\n" % (w, "\t".join(str(int(x)) for x in c)))


if __name__ == "__main__":
    main()
