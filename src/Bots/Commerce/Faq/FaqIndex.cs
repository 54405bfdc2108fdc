namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// The BM25 indexes of one language's entries: one where each question is a document (an entry scores as its best
/// question: a customer's wording close to one variant wins), one where each entry's questions together are one
/// document (words spread over several variants add up). Immutable once built.
/// </summary>
internal sealed class FaqIndex
{
    private readonly FaqBm25 _questions;

    private readonly FaqBm25 _entries;

    /// <summary>Per question document: the index of its entry in <see cref="Entries"/>.</summary>
    private readonly int[] _entryOf;

    private readonly FaqDocuments _documents;

    public FaqIndex(string language, IReadOnlyList<FaqEntry> entries, FaqDocuments documents)
    {
        Language = language;
        Entries = entries;
        _documents = documents;
        var questions = entries.Select(e => e.Questions.Select(q => FaqText.Terms(q, language)).ToList()).ToList();
        _entryOf = [.. questions.SelectMany((qs, e) => qs.Select(_ => e))];
        _questions = new FaqBm25([.. questions.SelectMany(qs => qs)]);
        _entries = new FaqBm25([.. questions.Select(qs => qs.SelectMany(q => q).ToList())]);
    }

    public string Language { get; }

    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>The normalised score of every entry for a question's terms, in the order of
    /// <see cref="Entries"/>.</summary>
    public double[] Score(IReadOnlyList<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        var scores = new double[Entries.Count];
        if (_documents != FaqDocuments.AllQuestions)
        {
            var byQuestion = _questions.Score(distinct);
            for (var doc = 0; doc < byQuestion.Length; doc++)
            {
                scores[_entryOf[doc]] = Math.Max(scores[_entryOf[doc]], byQuestion[doc]);
            }
        }
        if (_documents != FaqDocuments.BestQuestion)
        {
            var byEntry = _entries.Score(distinct);
            for (var e = 0; e < scores.Length; e++)
            {
                scores[e] = _documents == FaqDocuments.Blend ? (scores[e] + byEntry[e]) / 2 : byEntry[e];
            }
        }
        return scores;
    }
}
