using System.Collections.Frozen;

namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// Matches a customer's free-text question against one merchant's FAQ entries: BM25 over the normalised terms of
/// the entries' questions (<see cref="FaqText"/>), one index per language; an entry's score is the mean of its best
/// question's score and the score of all its questions taken as one document (<see cref="FaqDocuments.Blend"/>).
/// A question is matched against the entries of its language, or against every language when the merchant wrote
/// none in it. Immutable and safe to share between threads once built.
/// </summary>
public sealed class FaqMatcher
{
    // Thresholds on the normalised score (the share of the question's idf weight an entry covers, see FaqBm25) and
    // on the margin (best − second) / best. They were read from the tuning part of the accuracy tests' questions
    // (FaqParaphrases: 192 questions with an answer, 169 of them ranked right; 45 off-topic; three languages):
    // - WeakScore 0.20: every question ranked right scored 0.218 or more. 38 of the 45 off-topic ones scored under
    //   0.20 (37 of them 0, no word in common with any entry), so below it the matcher answers none.
    // - ConfidentScore 0.45: off-topic questions that share a word with an entry ("what time is it in Tokyo")
    //   score 0.34–0.44, and one 0.63. Most right answers score above 0.45.
    // - ConfidentMargin 0.15: 126 of the 169 right answers are confident, and 9 of the 23 wrong ones (4.7 % of all
    //   the questions). 0.10 makes 4 more right answers confident with no more wrong ones; 0.20 takes away 1 wrong
    //   and 5 right. The middle is kept, because these differences are a few questions.

    /// <summary>Under this score nothing matches.</summary>
    internal const double WeakScore = 0.2;

    /// <summary>From this score, with <see cref="ConfidentMargin"/>, the best entry answers alone.</summary>
    internal const double ConfidentScore = 0.45;

    /// <summary>How far ahead of the second the best must be, relative to its own score, to answer alone.</summary>
    internal const double ConfidentMargin = 0.15;

    private readonly FrozenDictionary<string, FaqIndex> _indexes;

    public FaqMatcher(IEnumerable<FaqEntry> entries)
        : this(entries, FaqDocuments.Blend)
    {
    }

    internal FaqMatcher(IEnumerable<FaqEntry> entries, FaqDocuments documents)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byLanguage = new Dictionary<string, List<FaqEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (entry.Questions.Count == 0)
            {
                throw new ArgumentException(
                    $"The FAQ entry '{entry.Id}' ({entry.Language}) has no question.", nameof(entries));
            }
            if (!byLanguage.TryGetValue(entry.Language, out var list))
            {
                byLanguage[entry.Language] = list = [];
            }
            if (list.Exists(e => e.Id == entry.Id))
            {
                throw new ArgumentException(
                    $"The FAQ entry '{entry.Id}' appears twice in '{entry.Language}'.", nameof(entries));
            }
            list.Add(entry);
        }
        _indexes = byLanguage.ToFrozenDictionary(
            pair => pair.Key, pair => new FaqIndex(pair.Key, pair.Value, documents), StringComparer.Ordinal);
    }

    /// <summary>
    /// The entry answering <paramref name="question"/>, asked in <paramref name="language"/> ("en", "fr", "ar"):
    /// confident, weak (with the runner-up to offer too) or none.
    /// </summary>
    public FaqMatch Match(string question, string language)
    {
        var ranked = Rank(question, language);
        if (ranked.Count == 0 || ranked[0].Score < WeakScore)
        {
            return FaqMatch.Nothing;
        }
        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1] : default;
        var margin = (best.Score - second.Score) / best.Score;
        var kind = best.Score >= ConfidentScore && margin >= ConfidentMargin
            ? FaqMatchKind.Confident
            : FaqMatchKind.Weak;
        return new FaqMatch(kind, best.Entry, second.Entry);
    }

    /// <summary>Every entry with a positive score, best first (ties keep the merchant's order).</summary>
    internal List<FaqScore> Rank(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        IEnumerable<FaqIndex> indexes = _indexes.TryGetValue(language, out var index) ? [index] : _indexes.Values;
        var ranked = new List<FaqScore>();
        foreach (var candidate in indexes)
        {
            var scores = candidate.Score(FaqText.Terms(question, candidate.Language));
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] > 0)
                {
                    ranked.Add(new FaqScore(candidate.Entries[i], scores[i]));
                }
            }
        }
        return [.. ranked.OrderByDescending(s => s.Score)];
    }
}
