using System.Collections.Frozen;

namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75) over a few short documents of terms. Scores are normalised by the weight of the
/// question itself: the sum of its terms' idf, where a term no document holds weighs like the rarest term (it is
/// something the question asks that nothing here speaks of). A question whose every term a document holds once,
/// in a document of average length, scores 1: the score reads as "how much of the question this document covers".
/// A term the documents lack may stand for a term one typo away ("adress"), at a reduced weight. Immutable.
/// </summary>
internal sealed class FaqBm25
{
    private const double K1 = 1.2;

    private const double B = 0.75;

    /// <summary>A term matched through a typo counts for this much of an exact one.</summary>
    private const double TypoWeight = 0.8;

    private readonly FrozenDictionary<string, Postings> _postings;

    private readonly string[] _vocabulary;

    /// <summary>Per document: k1 · (1 − b + b · length / average length).</summary>
    private readonly double[] _lengthNorms;

    /// <summary>The idf of a term no document holds.</summary>
    private readonly double _unseenIdf;

    public FaqBm25(List<string>[] documents)
    {
        var average = Math.Max(1.0, documents.Average(d => (double)d.Count));
        _lengthNorms = [.. documents.Select(d => K1 * (1 - B + (B * d.Count / average)))];
        _unseenIdf = Idf(documents.Length, 0);
        _postings = documents
            .SelectMany((terms, doc) => terms.Select(term => (Term: term, Doc: doc)))
            .GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g =>
                {
                    var perDoc = g.GroupBy(p => p.Doc).Select(d => (Doc: d.Key, Count: d.Count())).ToArray();
                    return new Postings(
                        Idf(documents.Length, perDoc.Length),
                        [.. perDoc.Select(d => d.Doc)],
                        [.. perDoc.Select(d => d.Count)]);
                },
                StringComparer.Ordinal);
        _vocabulary = [.. _postings.Keys];
        DocumentCount = documents.Length;
    }

    public int DocumentCount { get; }

    /// <summary>The normalised score of each document for distinct terms.</summary>
    public double[] Score(IReadOnlyList<string> distinctTerms)
    {
        var scores = new double[DocumentCount];
        var questionWeight = 0.0;
        foreach (var term in distinctTerms)
        {
            var weight = 1.0;
            if (!_postings.TryGetValue(term, out var postings))
            {
                var near = NearestTerm(term);
                if (near is null)
                {
                    questionWeight += _unseenIdf;
                    continue;
                }
                postings = _postings[near];
                weight = TypoWeight;
            }
            questionWeight += postings.Idf;
            for (var i = 0; i < postings.Docs.Length; i++)
            {
                var tf = postings.Counts[i];
                var doc = postings.Docs[i];
                scores[doc] += weight * postings.Idf * tf * (K1 + 1) / (tf + _lengthNorms[doc]);
            }
        }
        if (questionWeight > 0)
        {
            for (var doc = 0; doc < scores.Length; doc++)
            {
                scores[doc] /= questionWeight;
            }
        }
        return scores;
    }

    /// <summary>Lucene's BM25 idf, never negative: ln(1 + (N − df + 0.5) / (df + 0.5)).</summary>
    private static double Idf(int documentCount, int documentFrequency) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>
    /// The vocabulary term one edit (insertion, deletion, substitution, swap of neighbours) from
    /// <paramref name="term"/>, for terms of five letters or more (four in Arabic, whose words are shorter),
    /// preferring the rarer term; null when there is none.
    /// </summary>
    private string? NearestTerm(string term)
    {
        const int minLength = 5;
        if (term.Length < minLength)
        {
            return null;
        }
        string? best = null;
        foreach (var candidate in _vocabulary)
        {
            if (candidate.Length >= minLength - 1 && Math.Abs(candidate.Length - term.Length) <= 1
                && IsOneEditAway(term, candidate)
                && (best is null || _postings[candidate].Idf > _postings[best].Idf))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static bool IsOneEditAway(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }
        var start = 0;
        while (start < a.Length && a[start] == b[start])
        {
            start++;
        }
        if (start == a.Length)
        {
            return b.Length - a.Length == 1;
        }
        if (a.Length < b.Length)
        {
            return a.AsSpan(start).SequenceEqual(b.AsSpan(start + 1));
        }
        return a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
            || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2)));
    }

    private sealed record Postings(double Idf, int[] Docs, int[] Counts);
}
